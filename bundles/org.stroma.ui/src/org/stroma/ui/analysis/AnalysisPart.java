package org.stroma.ui.analysis;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisRegistry;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.study.PreparedInput;
import org.stroma.model.study.Study;
import org.stroma.security.Permission;
import org.stroma.security.StudyAccess;
import org.stroma.store.StudySummary;
import org.stroma.ui.InBackground;
import org.stroma.ui.MessageLine;
import org.stroma.ui.Refusals;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Analysis part (Analysis &gt; Run Analysis...): the data and analysis chosen above, the
 * result below. Studies are read, analyses run and results exported in Jobs; what goes wrong
 * shows in the part's message line in the user's words. Widgets are named for tests and readers
 * with {@code stroma.field} (choices and buttons), {@code stroma.message} (messages) and
 * {@code stroma.result} (what a run shows).
 */
public final class AnalysisPart {

    /** Widget data key naming a choice or button: {@code study}, {@code arm:CODE}, {@code setting:NAME}, {@code run}, ... */
    public static final String FIELD_KEY = "stroma.field";
    /** Widget data key of a message: {@code status}, {@code arms}, {@code setting:NAME}. */
    public static final String MESSAGE_KEY = "stroma.message";
    /** Widget data key of what a result shows: {@code table:NAME}, {@code dataUsed}, {@code charts}, ... */
    public static final String RESULT_KEY = "stroma.result";

    /** A result on show, with what it needs to be exported. */
    private record Shown(Analysis<?> analysis, AnalysisResult result, PreparedInput prepared, String studyId) {
    }

    @Inject
    private AnalysisRegistry registry;

    /** Where exports go; the platform's Save dialog unless the context holds another chooser. */
    @Inject
    @Optional
    private CsvFileChooser chooser;

    private WorkspaceSession session;
    private ScrolledComposite scroll;
    private Composite top;
    private DataChoice data;
    private AnalysisChoice analyses;
    private Button run;
    private Button cancel;
    private Button export;
    private MessageLine status;
    private ResultView results;
    private PreparedData prepared = PreparedData.none("Choose a study.");
    private Job running;
    private Shown shown;
    /** Counts the studies asked for, so that a study read late does not replace a later choice. */
    private int reads;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new FillLayout());
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        top = new Composite(scroll, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        scroll.setContent(top);
        data = new DataChoice(top, this::read, this::prepare);
        analyses = new AnalysisChoice(top, this::buttons);
        fitChoices();

        Composite bottom = new Composite(sash, SWT.NONE);
        GridLayout column = new GridLayout(1, false);
        column.marginWidth = 0;
        column.marginHeight = 0;
        bottom.setLayout(column);
        Composite actions = new Composite(bottom, SWT.NONE);
        actions.setLayout(new GridLayout(4, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        run = button(actions, "&Run", "run", this::run);
        cancel = button(actions, "&Cancel", "cancel", () -> {
            if (running != null) running.cancel();
        });
        export = button(actions, "&Export CSV...", "exportCsv", this::export);
        GridData wrap = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wrap.widthHint = 300;
        status = new MessageLine(actions, "", wrap);
        status.label().setData(MESSAGE_KEY, "status");
        results = new ResultView(bottom);
        results.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(42, 58);
        listStudies();
    }

    private static Button button(Composite parent, String text, String name, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(FIELD_KEY, name);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Injected on sign-in (or at once when signed in already); with null on sign-out, which empties the part. */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        if (top != null && !top.isDisposed()) {
            if (running != null) running.cancel();
            shown = null;
            results.clear();
            listStudies();
        }
    }

    private void listStudies() {
        reads++;
        data.setStudies(List.of());
        prepare();
        WorkspaceSession reading = session;
        if (reading == null) {
            status.note("Sign in to analyse a study.");
            return;
        }
        if (!reading.can(Permission.VIEW_STUDY_DATA)) {
            status.refuse("Your role (" + reading.user().role().label() + ") sees no study data to analyse.");
            return;
        }
        status.note("Listing the studies...");
        InBackground.run("Listing the studies", display(), () -> reading.studies().studies(), studies -> {
            if (isGone() || reading != session) return;
            data.setStudies(studies);
            status.note(studies.isEmpty() ? "This workspace has no studies." : "Choose a study.");
        }, failed -> shownProblem("Cannot list the studies: ", failed));
    }

    /** The study list changed: the new list is offered, the chosen study kept if it is still there. */
    @Inject
    @Optional
    void studiesChanged(@UIEventTopic(UiTopics.STUDIES_CHANGED) Object ignored) {
        WorkspaceSession reading = session;
        if (isGone() || reading == null || !reading.can(Permission.VIEW_STUDY_DATA)) return;
        InBackground.run("Listing the studies", display(), () -> reading.studies().studies(), studies -> {
            if (!isGone() && reading == session) data.setStudies(studies);
        }, failed -> shownProblem("Cannot list the studies: ", failed));
    }

    /** Records of the study on show were saved: what is on show stays, and says it was read before. */
    @Inject
    @Optional
    void recordsSaved(@UIEventTopic(UiTopics.RECORDS_SAVED) String studyId) {
        if (!isGone() && data.studyId().filter(studyId::equals).isPresent()) {
            status.note("Records of " + studyId + " were saved after it was read: choose it again to analyse them.");
        }
    }

    /** Reads the chosen study as the user may see it, in the background. */
    private void read(StudySummary summary) {
        int read = ++reads;
        WorkspaceSession reading = session;
        if (reading == null) return;
        data.clear();
        prepare();
        status.note("Reading " + summary.acronym() + "...");
        InBackground.run("Reading study " + summary.acronym(), display(), () -> {
            StudyAccess access = reading.studies();
            Study study = access.loadStudy(summary.id()).orElseThrow(() -> new IllegalStateException(
                    "Study " + summary.id() + " is no longer in this workspace."));
            return new StudyData(study, access.isBlindedIn(study));
        }, loaded -> {
            if (isGone() || read != reads) return;
            data.show(loaded); // prepares, which says what can run
        }, failed -> {
            if (read == reads) shownProblem("Cannot read " + summary.acronym() + ": ", failed);
        });
    }

    /** Builds the inputs of what is chosen and offers the analyses that accept them. */
    private void prepare() {
        if (data == null || analyses == null) return; // still building the part
        prepared = data.prepare(session == null ? "" : session.user().userName());
        List<Analysis<?>> fitting = registry.analyses().stream()
                .filter(analysis -> prepared.inputFor(analysis).isPresent()).toList();
        analyses.offer(fitting);
        if (fitting.isEmpty() && data.studyId().isPresent()) {
            status.refuse("No installed analysis can run on this choice. " + prepared.problems());
        } else if (data.studyId().isPresent() && running == null) {
            status.note(fitting.size() + (fitting.size() == 1 ? " analysis accepts" : " analyses accept")
                    + " this data." + (prepared.groupsProblem() == null ? "" : " By arm: " + prepared.groupsProblem()));
        }
        buttons();
    }

    private void buttons() {
        fitChoices();
        if (run == null) return;
        boolean idle = running == null;
        java.util.Optional<Analysis<?>> chosen = analyses.chosen();
        run.setEnabled(idle && chosen.isPresent() && prepared.inputFor(chosen.get()).isPresent()
                && analyses.settings().isPresent());
        cancel.setEnabled(!idle);
        boolean mayExport = session != null && session.can(Permission.EXPORT_DATA);
        export.setEnabled(idle && shown != null && mayExport);
        export.setToolTipText(mayExport ? "Writes every result table, the settings and the data used to a CSV file"
                : "Your role may not export study data");
    }

    private void run() {
        Analysis<?> analysis = analyses.chosen().orElseThrow();
        PreparedInput input = prepared.inputFor(analysis).orElseThrow();
        String studyId = data.studyId().orElseThrow();
        status.note("Running " + analysis.name() + "...");
        running = AnalysisJob.start(analysis, analyses.settings().orElseThrow(), input, display(),
                end -> ended(analysis, input, studyId, end));
        buttons();
    }

    private void ended(Analysis<?> analysis, PreparedInput input, String studyId, AnalysisJob.Ended end) {
        running = null;
        if (isGone()) return;
        if (end.result() != null) {
            shown = new Shown(analysis, end.result(), input, studyId);
            results.show(analysis, end.result(), input);
            status.note("Ran " + analysis.name() + " on " + end.result().data().observations() + " values.");
        } else if (end.canceled()) {
            status.note("Canceled: nothing new to show.");
        } else if (end.failure() != null) {
            status.refuse(Refusals.message(end.failure()));
        } else {
            status.refuse(analysis.name() + " stopped without a result; the error log says why.");
        }
        buttons();
    }

    private void export() {
        Shown exported = shown;
        WorkspaceSession exporting = session;
        if (exported == null || exporting == null) return;
        CsvFileChooser asked = chooser == null ? CsvFileChooser.SAVE_DIALOG : chooser;
        java.util.Optional<Path> chosen = asked.choose(top.getShell(), exported.studyId() + "-"
                + exported.analysis().id() + ".csv");
        if (chosen.isEmpty()) return;
        Path file = chosen.get().toAbsolutePath();
        status.note("Exporting to " + file + "...");
        export.setEnabled(false);
        InBackground.run("Exporting analysis results", display(), () -> {
            exporting.user().require(Permission.EXPORT_DATA);
            ResultCsv.write(file, exported.analysis(), exported.result(), exported.prepared());
            exporting.studies().recordExport(exported.studyId(), file.toString(), "CSV of analysis "
                    + exported.result().analysisId() + " version " + exported.result().analysisVersion());
            return file;
        }, written -> {
            if (isGone()) return;
            status.note("Exported the results to " + written + ".");
            buttons();
        }, failed -> {
            shownProblem("Not exported: ", failed);
            buttons();
        });
    }

    /** The choices grow and shrink as analyses and their settings forms change: the scrolled area follows. */
    private void fitChoices() {
        if (isGone()) return;
        top.layout(true, true);
        scroll.setMinSize(top.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void shownProblem(String what, Exception failure) {
        if (!isGone()) status.refuse(what + Refusals.message(failure));
    }

    private boolean isGone() {
        return top == null || top.isDisposed();
    }

    private Display display() {
        return top.getDisplay();
    }

    @Focus
    void focus() {
        data.focus();
    }

    @PreDestroy
    void close() {
        if (running != null) running.cancel();
    }
}
