package org.stroma.ui.study;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Study;
import org.stroma.security.StudyAccess;
import org.stroma.store.StudySummary;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.Refusals;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The study design editor, for the study coordinator: the study's general particulars, sites,
 * arms and interventions, visit schedule, outcome measures and eligibility criteria, read from
 * the study database in a Job, as the signed-in user may see it. General fields, site names and the visit schedule can be
 * changed; input that does not fit is refused with a message and never reaches the study.
 * Saving (the Save button, File &gt; Save, or closing the editor) asks for the reason for
 * change and saves in a Job, with the change in the audit trail under the user's name. What the
 * user's role may not do is refused by the access control, and the refusal shown.
 */
public final class StudyDesignEditor {

    static final String READING = "Reading the study...";
    static final String NOT_SAVED = "Study Design Not Saved";

    @Inject
    private MPart part;

    @Inject
    private IEventBroker events;

    @Inject
    private ESelectionService selection;

    private Composite body;
    private Label message;
    private WorkspaceSession session;
    private boolean reading;

    private Study study;
    private Study saved;
    private DesignEdits edits;
    private DesignHeader header;
    private CTabFolder tabs;
    private boolean saving;

    @PostConstruct
    void create(Composite parent) {
        body = parent;
        body.setLayout(new GridLayout(1, false));
        message = new Label(body, SWT.WRAP);
        message.setText(READING);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        read();
    }

    /**
     * Injected before {@link #create} when a user is signed in, or later on sign-in; with null on
     * sign-out, when the editor is closed.
     */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        read();
    }

    private String studyId() {
        return part.getPersistedState().get(StudyEditors.STUDY_ID_KEY);
    }

    private void read() {
        if (session == null || body == null || body.isDisposed() || reading) {
            return;
        }
        reading = true;
        String id = studyId();
        StudyAccess access = session.studies();
        Display display = body.getDisplay();
        Job job = Job.create("Reading study " + id, monitor -> {
            try {
                Optional<Study> loaded = access.loadStudy(id);
                Optional<StudySummary> summary = access.study(id);
                inUi(display, () -> loaded.ifPresentOrElse(s -> show(s, summary.orElse(null)),
                        () -> message.setText("Study " + id + " is not in this workspace.")));
            } catch (RuntimeException e) {
                inUi(display, () -> {
                    message.setText("Study " + id + " cannot be shown. " + Refusals.message(e));
                    body.layout(true, true);
                });
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    private void inUi(Display display, Runnable fill) {
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!body.isDisposed()) {
                    fill.run();
                }
            });
        }
    }

    private void show(Study loaded, StudySummary summary) {
        study = loaded;
        saved = EcoreUtil.copy(loaded);
        message.dispose();
        edits = new DesignEdits(study, this::edited, selection::setSelection);
        header = new DesignHeader(body, this::save);
        header.show(study, summary);
        tabs = new CTabFolder(body, SWT.BORDER | SWT.FLAT);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new GeneralTab(tabs, edits);
        new SitesTab(tabs, edits);
        new ArmsTab(tabs, edits);
        new VisitScheduleTab(tabs, edits);
        new OutcomeMeasuresTab(tabs, edits);
        new EligibilityTab(tabs, edits);
        tabs.setSelection(0);
        edited();
        body.layout(true, true);
    }

    /** After every edit: the dirty flag and the header follow what differs from the last save. */
    private void edited() {
        int changes = DesignChanges.between(saved, study).size();
        part.setDirty(changes > 0);
        header.unsaved(changes, saving);
    }

    /**
     * Saves the changed design, asking for the reason for change first. The save runs in a Job;
     * meanwhile this method keeps the window responsive and returns when it has ended, so that
     * closing the editor waits for its save and a failed save can keep it open.
     *
     * @return whether the study in the database now holds every change
     */
    boolean save() {
        if (study == null || saving || session == null) {
            return false;
        }
        Optional<String> refused = edits.firstRefusal();
        if (refused.isPresent()) {
            MessageDialog.openWarning(body.getShell(), NOT_SAVED, "Correct this field first; the study keeps its "
                    + "saved value until then.\n\n" + refused.get());
            return false;
        }
        List<DesignChanges.Change> changes = DesignChanges.between(saved, study);
        if (changes.isEmpty()) {
            part.setDirty(false);
            return true;
        }
        Optional<String> reason = ReasonForChangeDialog.ask(body.getShell(),
                DesignChanges.summary(study.getAcronym(), changes));
        if (reason.isEmpty()) {
            header.state("Not saved: a changed design is saved with a reason for change");
            return false;
        }
        Study asSaved = EcoreUtil.copy(study);
        StudySaveJob.Outcome outcome = runSave(new StudySaveJob(session.studies(), study.getId(), changes,
                reason.get()));
        if (body.isDisposed()) {
            return outcome.saved();
        }
        if (!outcome.saved()) {
            edited();
            MessageDialog.openError(body.getShell(), NOT_SAVED, outcome.failure()
                    + "\n\nYour changes are still in the editor; nothing was lost.");
            return false;
        }
        saved = asSaved;
        StudySummary summary = outcome.summary();
        if (summary != null) {
            part.setLabel(summary.acronym());
            part.setTooltip(summary.title());
        }
        header.show(study, summary);
        edited();
        events.post(UiTopics.STUDIES_CHANGED, study.getId());
        events.post(UiTopics.RECORDS_SAVED, study.getId());
        events.post(UiTopics.STATUS, "Saved the design of " + study.getAcronym());
        return true;
    }

    private StudySaveJob.Outcome runSave(StudySaveJob job) {
        Display display = body.getDisplay();
        AtomicReference<StudySaveJob.Outcome> ended = new AtomicReference<>();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                StudySaveJob.Outcome outcome = job.outcome() != null ? job.outcome()
                        : StudySaveJob.Outcome.failed("The save was stopped before it could run.");
                if (!display.isDisposed()) {
                    display.asyncExec(() -> ended.set(outcome));
                }
            }
        });
        saving = true;
        edited();
        job.schedule();
        while (ended.get() == null && !display.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        saving = false;
        return ended.get() != null ? ended.get() : StudySaveJob.Outcome.failed("The workbench closed during the save.");
    }

    /**
     * The workbench's save (a prompt on closing the editor or the window); a save that did not
     * happen keeps the editor open with its changes.
     */
    @Persist
    void persist() {
        if (!save()) {
            // The workbench reads an exception here as "not saved" and then keeps the editor open.
            throw new IllegalStateException("The design of study " + studyId() + " was not saved");
        }
    }

    @Focus
    void focus() {
        Control target = tabs != null && !tabs.isDisposed() ? tabs : body;
        target.setFocus();
    }
}
