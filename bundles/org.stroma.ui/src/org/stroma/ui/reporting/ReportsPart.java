package org.stroma.ui.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.reporting.ReportCanceledException;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.ReportRun;
import org.stroma.reporting.ReportService;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.security.Permission;
import org.stroma.store.StudySummary;
import org.stroma.ui.InBackground;
import org.stroma.ui.MessageLine;
import org.stroma.ui.Refusals;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Reports part (Reports &gt; Generate Report...): study, report, the report's parameters and
 * the format above; Preview draws the pages below, Export... writes the file. Both run as a Job
 * with progress that Cancel stops. Widgets are named for tests with {@code stroma.field},
 * {@code stroma.message} ({@code status}) and {@code stroma.result} ({@code page}, {@code preview}).
 */
public final class ReportsPart {

    public static final String FIELD_KEY = "stroma.field";
    public static final String MESSAGE_KEY = "stroma.message";
    public static final String RESULT_KEY = "stroma.result";
    private static final float PREVIEW_DPI = 80f;

    @Inject
    private ReportService reports;

    @Inject
    @Optional
    private ReportFileChooser chooser;

    private WorkspaceSession session;
    private Composite top;
    private Combo study;
    private Combo report;
    private Label description;
    private final Map<ReportParameter, Control> fields = new EnumMap<>(ReportParameter.class);
    private final Map<ReportParameter, Label> fieldLabels = new EnumMap<>(ReportParameter.class);
    private Combo format;
    private Button preview;
    private Button export;
    private Button cancel;
    private ProgressBar progress;
    private MessageLine status;
    private Label pageLabel;
    private Label pageImage;
    private Button previous;
    private Button next;
    private List<StudySummary> studies = List.of();
    private List<ReportDefinition> installed = List.of();
    private Study read;
    private final List<Image> pages = new ArrayList<>();
    private int page;
    private Job running;
    private volatile ReportRun run;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        top = new Composite(parent, SWT.NONE);
        top.setLayout(new GridLayout(4, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        study = combo("Study:", "study");
        study.addListener(SWT.Selection, e -> readStudy());
        report = combo("Report:", "report");
        report.addListener(SWT.Selection, e -> reportChosen());
        description = new Label(top, SWT.WRAP);
        description.setLayoutData(span(4));
        for (ReportParameter parameter : ReportParameter.values()) {
            Label label = new Label(top, SWT.NONE);
            label.setText(parameter.label() + ":");
            label.setLayoutData(new GridData());
            Control field = parameter == ReportParameter.SUBJECT || parameter == ReportParameter.PROCEDURE
                    ? new Combo(top, SWT.READ_ONLY) : new Text(top, SWT.BORDER);
            field.setData(FIELD_KEY, parameter.key());
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            fieldLabels.put(parameter, label);
            fields.put(parameter, field);
        }
        ((Combo) fields.get(ReportParameter.SUBJECT)).addListener(SWT.Selection, e -> listProcedures());
        format = combo("Format:", "format");
        for (ReportOutput output : ReportOutput.values()) {
            format.add(output.label());
        }
        format.select(0);

        Composite actions = new Composite(parent, SWT.NONE);
        actions.setLayout(new GridLayout(5, false));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        preview = button(actions, "&Preview", "preview", () -> start(true));
        export = button(actions, "&Export...", "export", () -> start(false));
        cancel = button(actions, "&Cancel", "cancel", this::cancel);
        progress = new ProgressBar(actions, SWT.INDETERMINATE);
        progress.setVisible(false);
        GridData wrap = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wrap.widthHint = 300;
        status = new MessageLine(actions, "", wrap);
        status.label().setData(MESSAGE_KEY, "status");

        Composite navigation = new Composite(parent, SWT.NONE);
        navigation.setLayout(new GridLayout(3, false));
        previous = button(navigation, "< Previous", "previousPage", () -> showPage(page - 1));
        pageLabel = new Label(navigation, SWT.NONE);
        pageLabel.setData(RESULT_KEY, "page");
        GridData pageSize = new GridData(SWT.FILL, SWT.CENTER, false, false);
        pageSize.widthHint = 140;
        pageLabel.setLayoutData(pageSize);
        next = button(navigation, "Next >", "nextPage", () -> showPage(page + 1));
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        pageImage = new Label(scroll, SWT.NONE);
        pageImage.setData(RESULT_KEY, "preview");
        scroll.setContent(pageImage);
        listStudies();
    }

    private Combo combo(String label, String name) {
        new Label(top, SWT.NONE).setText(label);
        Combo combo = new Combo(top, SWT.READ_ONLY);
        combo.setData(FIELD_KEY, name);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        return combo;
    }

    private static GridData span(int columns) {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        data.widthHint = 400;
        return data;
    }


    private static Button button(Composite parent, String text, String name, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(FIELD_KEY, name);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Injected on sign-in, and with null on sign-out. */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        if (top != null && !top.isDisposed()) {
            cancel();
            listStudies();
        }
    }

    private void listStudies() {
        study.removeAll();
        read = null;
        installed = reports.installed();
        report.removeAll();
        installed.forEach(r -> report.add(r.title() + " (version " + r.version() + ")"));
        reportChosen();
        WorkspaceSession reading = session;
        if (reading == null) {
            status.note("Sign in to generate reports.");
            return;
        }
        if (!reading.can(Permission.GENERATE_REPORTS)) {
            status.refuse("Your role (" + reading.user().role().label() + ") may not generate reports.");
            return;
        }
        InBackground.run("Listing the studies", display(), () -> reading.studies().studies(), list -> {
            if (isGone() || reading != session) return;
            studies = list;
            list.forEach(s -> study.add(s.acronym()));
            status.note(list.isEmpty() ? "This workspace has no studies." : "Choose a study and a report.");
        }, failed -> status.refuse("Cannot list the studies: " + Refusals.message(failed)));
    }

    /** Reads the chosen study as the user sees it, for its subjects and procedures. */
    private void readStudy() {
        WorkspaceSession reading = session;
        StudySummary chosen = studies.get(study.getSelectionIndex());
        read = null;
        ((Combo) fields.get(ReportParameter.SUBJECT)).removeAll();
        ((Combo) fields.get(ReportParameter.PROCEDURE)).removeAll();
        InBackground.run("Reading study " + chosen.acronym(), display(),
                () -> reading.studies().loadStudy(chosen.id()).orElseThrow(), loaded -> {
                    if (isGone() || reading != session) return;
                    read = loaded;
                    Combo subjects = (Combo) fields.get(ReportParameter.SUBJECT);
                    loaded.getSubjects().forEach(s -> subjects.add(label(s)));
                    buttons();
                }, failed -> status.refuse("Cannot read " + chosen.acronym() + ": " + Refusals.message(failed)));
    }

    private void listProcedures() {
        Combo procedures = (Combo) fields.get(ReportParameter.PROCEDURE);
        procedures.removeAll();
        subject().ifPresent(s -> s.getProcedures().forEach(p -> procedures.add(procedureLabel(p))));
    }

    private void reportChosen() {
        java.util.Optional<ReportDefinition> chosen = chosenReport();
        description.setText(chosen.map(ReportDefinition::description).orElse(""));
        for (ReportParameter parameter : ReportParameter.values()) {
            boolean needed = chosen.map(r -> r.parameters().contains(parameter)).orElse(false);
            for (Control control : List.of(fieldLabels.get(parameter), fields.get(parameter))) {
                control.setVisible(needed);
                ((GridData) control.getLayoutData()).exclude = !needed;
            }
        }
        top.layout(true, true);
        top.getParent().layout(true, true);
        buttons();
    }

    private java.util.Optional<ReportDefinition> chosenReport() {
        int index = report == null ? -1 : report.getSelectionIndex();
        return index < 0 ? java.util.Optional.empty() : java.util.Optional.of(installed.get(index));
    }

    private java.util.Optional<Subject> subject() {
        int index = ((Combo) fields.get(ReportParameter.SUBJECT)).getSelectionIndex();
        return read == null || index < 0 ? java.util.Optional.empty() : java.util.Optional.of(read.getSubjects().get(index));
    }

    private Map<String, String> parameters(ReportDefinition chosen) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportParameter parameter : chosen.parameters()) {
            switch (parameter) {
                case SUBJECT -> subject().ifPresent(s -> values.put(parameter.key(), s.getId()));
                case PROCEDURE -> {
                    int index = ((Combo) fields.get(parameter)).getSelectionIndex();
                    if (index >= 0 && subject().isPresent()) {
                        values.put(parameter.key(), subject().get().getProcedures().get(index).getId());
                    }
                }
                default -> values.put(parameter.key(), ((Text) fields.get(parameter)).getText().strip());
            }
        }
        return values;
    }

    private void start(boolean toPreview) {
        java.util.Optional<ReportDefinition> chosen = chosenReport();
        if (chosen.isEmpty() || read == null || session == null) {
            status.refuse("Choose a study and a report first.");
            return;
        }
        ReportOutput output = toPreview ? ReportOutput.PDF : ReportOutput.values()[format.getSelectionIndex()];
        for (ReportParameter needed : List.of(ReportParameter.SUBJECT, ReportParameter.PROCEDURE)) {
            if (chosen.get().parameters().contains(needed) && !parameters(chosen.get()).containsKey(needed.key())) {
                status.refuse("Choose the " + needed.label().toLowerCase(java.util.Locale.ROOT) + ": the "
                        + chosen.get().title() + " is about one.");
                return;
            }
        }
        Path target;
        try {
            if (toPreview) {
                target = Files.createTempFile("stroma-preview", ".pdf");
            } else {
                String suggested = read.getId() + "-" + chosen.get().name() + "." + output.extension();
                ReportFileChooser asking = chooser == null ? ReportFileChooser.SAVE_DIALOG : chooser;
                java.util.Optional<Path> file = asking.choose(top.getShell(), suggested, output);
                if (file.isEmpty()) return;
                target = file.get();
            }
        } catch (java.io.IOException e) {
            status.refuse("Cannot make a file for the preview: " + e.getMessage());
            return;
        }
        ReportDefinition definition = chosen.get();
        Map<String, String> values = parameters(definition);
        String studyId = read.getId();
        var access = session.studies();
        Display display = display();
        status.note((toPreview ? "Previewing " : "Writing ") + definition.title() + "...");
        running = new Job((toPreview ? "Previewing " : "Writing ") + definition.title()) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                List<ImageData> drawn = List.of();
                Exception failure = null;
                try {
                    run = reports.prepare(access, studyId, definition.name(), values);
                    if (monitor.isCanceled()) throw new ReportCanceledException(definition.title());
                    run.writeTo(target, output);
                    if (toPreview) drawn = PdfPages.render(target, PREVIEW_DPI);
                } catch (Exception e) {
                    failure = e;
                } finally {
                    run = null;
                    if (toPreview) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (java.io.IOException e) {
                            // a temporary file left behind is removed with the system's temporary files
                        }
                    }
                    monitor.done();
                }
                List<ImageData> result = drawn;
                Exception problem = failure;
                if (!display.isDisposed()) display.asyncExec(() -> ended(toPreview, target, result, problem));
                return problem instanceof ReportCanceledException ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            protected void canceling() {
                ReportRun current = run;
                if (current != null) current.cancel();
            }
        };
        running.setUser(false);
        running.setPriority(Job.LONG);
        running.schedule();
        buttons();
    }

    private void ended(boolean previewed, Path file, List<ImageData> drawn, Exception failure) {
        running = null;
        if (isGone()) return;
        if (failure instanceof ReportCanceledException) {
            status.note("Canceled; nothing was written.");
        } else if (failure != null) {
            status.refuse(Refusals.message(failure));
        } else if (previewed) {
            pages.forEach(Image::dispose);
            pages.clear();
            drawn.forEach(data -> pages.add(new Image(display(), data)));
            showPage(0);
            status.note("Preview of " + pages.size() + (pages.size() == 1 ? " page." : " pages."));
        } else {
            status.note("Saved " + file);
        }
        buttons();
    }

    private void showPage(int index) {
        if (pages.isEmpty()) return;
        page = Math.max(0, Math.min(index, pages.size() - 1));
        pageImage.setImage(pages.get(page));
        pageImage.setSize(pageImage.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        pageLabel.setText("Page " + (page + 1) + " of " + pages.size());
        pageLabel.getParent().layout(true);
        buttons();
    }

    private void cancel() {
        Job job = running;
        if (job != null) job.cancel();
    }

    private void buttons() {
        if (preview == null || preview.isDisposed()) return;
        boolean idle = running == null;
        boolean ready = idle && read != null && chosenReport().isPresent();
        preview.setEnabled(ready);
        export.setEnabled(ready);
        cancel.setEnabled(!idle);
        progress.setVisible(!idle);
        previous.setEnabled(page > 0 && !pages.isEmpty());
        next.setEnabled(page < pages.size() - 1);
    }

    private static String label(Subject subject) {
        String id = subject.getSubjectId() != null && !subject.getSubjectId().isBlank() ? subject.getSubjectId()
                : subject.getScreeningId() + " (screening)";
        return id;
    }

    private static String procedureLabel(Procedure procedure) {
        return procedure.getId() + (procedure.getDescription() == null ? "" : " - " + procedure.getDescription());
    }

    private Display display() {
        return top.getDisplay();
    }

    private boolean isGone() {
        return top == null || top.isDisposed();
    }

    @PreDestroy
    void dispose() {
        cancel();
        pages.forEach(Image::dispose);
        pages.clear();
    }
}
