package org.stroma.ui.randomization;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.randomization.study.AllocationLogEntry;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.security.Permission;
import org.stroma.store.StudySummary;
import org.stroma.ui.InBackground;
import org.stroma.ui.RecordTable;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The allocation log of a study (Study &gt; Allocation Log): every allocation made, from the list
 * or from an emergency envelope, and every emergency unblinding with its reason, oldest first, in
 * UTC. Only the unblinded statistician and the administrator read it; anyone else is told so and
 * sees no row. Read in a Job, and again when the study's records are saved.
 */
public final class AllocationLogPart {

    /** What a user who may not read the log is told instead. */
    public static final String RESTRICTED = "The allocation log is restricted to the unblinded statistician and the"
            + " administrator.";
    static final String SIGNED_OUT = "Sign in to see the allocation log.";

    private Composite body;
    private Composite top;
    private StudyChoice studies;
    private Button refresh;
    private Label message;
    private RecordTable<AllocationLogEntry> table;
    private WorkspaceSession session;
    private String studyId;

    @PostConstruct
    void create(Composite parent) {
        body = parent;
        parent.setLayout(new GridLayout(1, false));
        top = new Composite(parent, SWT.NONE);
        GridLayout row = new GridLayout(3, false);
        row.marginWidth = 0;
        top.setLayout(row);
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(top, SWT.NONE).setText("Study:");
        studies = new StudyChoice(top, this::read);
        GridData choiceSize = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        choiceSize.widthHint = 180;
        studies.combo().setLayoutData(choiceSize);
        refresh = new Button(top, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> studies.selected().ifPresent(this::read));
        message = new Label(parent, SWT.WRAP);
        message.setData(Keys.RESULT, "message");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new RecordTable<>(parent);
        table.viewer().getTable().setData(Keys.TABLE, "allocationLog");
        table.column("Time (UTC)", 150, e -> RandomizationWords.utc(e.at()));
        table.column("Event", 200, AllocationLogEntry::event);
        table.column("Subject", 110, AllocationLogEntry::subject);
        table.column("Arm", 100, AllocationLogEntry::arm);
        table.column("By", 110, AllocationLogEntry::by);
        table.column("Detail", 460, AllocationLogEntry::detail);
        fill();
    }

    /** Injected on sign-in and with null on sign-out; the log follows who is signed in. */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        fill();
    }

    /** Shows the log of this study (the one selected when the log was asked for). */
    public void show(String id) {
        studyId = id;
        if (session != null && session.can(Permission.PLAN_RANDOMIZATION) && body != null && !body.isDisposed()) {
            studies.choose(id);
        }
    }

    @Inject
    @Optional
    void recordsSaved(@UIEventTopic(UiTopics.RECORDS_SAVED) String savedStudyId) {
        if (body != null && !body.isDisposed() && savedStudyId != null
                && studies.selected().map(s -> s.id().equals(savedStudyId)).orElse(false)) {
            studies.selected().ifPresent(this::read);
        }
    }

    private void fill() {
        if (body == null || body.isDisposed()) {
            return;
        }
        table.show(List.of());
        boolean allowed = session != null && session.can(Permission.PLAN_RANDOMIZATION);
        studies.combo().setEnabled(allowed);
        refresh.setEnabled(allowed);
        for (Composite shownIfAllowed : List.of(top, table.viewer().getTable())) {
            shownIfAllowed.setVisible(allowed);
            ((GridData) shownIfAllowed.getLayoutData()).exclude = !allowed;
        }
        if (!allowed) {
            studies.clear();
            say(session == null ? SIGNED_OUT : RESTRICTED);
            return;
        }
        say("Choose a study.");
        studies.fill(session, studyId, failure -> say(RandomizationWords.refusal(failure)));
    }

    private void read(StudySummary study) {
        studyId = study.id();
        WorkspaceSession reading = session;
        if (reading == null || !reading.can(Permission.PLAN_RANDOMIZATION)) {
            return;
        }
        say("Reading the allocation log of " + study.acronym() + "...");
        StudyRandomization desk = new StudyRandomization(reading.studies());
        InBackground.run("Reading the allocation log of " + study.acronym(), body.getDisplay(),
                () -> desk.log(study.id()), log -> {
                    if (body.isDisposed() || session != reading || !study.id().equals(studyId)) {
                        return;
                    }
                    table.show(log);
                    long unblindings = log.stream().filter(e -> e.event().equals("unblinded")).count();
                    say(study.acronym() + ": " + (log.size() - unblindings) + " allocation(s), " + unblindings
                            + " emergency unblinding(s).");
                }, failure -> {
                    if (!body.isDisposed()) {
                        say(RandomizationWords.refusal(failure));
                    }
                });
    }

    private void say(String text) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(text);
        body.layout(true, true);
    }

    @Focus
    void focus() {
        studies.combo().setFocus();
    }
}
