package org.stroma.ui.subject;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.study.eligibility.EligibilityEvaluator;
import org.stroma.ui.Refusals;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The subject editor: the subject's record and path, the eligibility checklist and
 * enrolment, the eCRF forms per visit with their signatures and locks, adverse events, and the
 * procedures with their dose calculations, as the signed-in user may see them. The subject is
 * read in a Job.
 */
public final class SubjectEditorPart {

    static final String LOADING = "Reading the subject...";

    @Inject
    private MPart part;

    @Inject
    private UISynchronize sync;

    @Inject
    private IEventBroker events;

    @Inject
    private ESelectionService selection;

    @Inject
    private InstrumentRegistry instruments;

    @Inject
    private EligibilityEvaluator eligibility;

    @Inject
    private CellDoseCalculator dosing;

    private Composite body;
    private Label message;
    private WorkspaceSession session;
    private boolean filled;
    private final List<SubjectPage> pages = new ArrayList<>();

    @PostConstruct
    void create(Composite parent) {
        body = parent;
        body.setLayout(new GridLayout(1, false));
        message = new Label(body, SWT.WRAP);
        message.setText(LOADING);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        fill();
    }

    /**
     * Injected before {@link #create} when a user is signed in, or later on sign-in; with null on
     * sign-out, when the editor is closed.
     */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        fill();
    }

    private void fill() {
        if (session == null || body == null || body.isDisposed() || filled) {
            return;
        }
        filled = true;
        SubjectSession subject = new SubjectSession(session.studies(),
                part.getPersistedState().get(SubjectEditors.STUDY_ID_KEY),
                part.getPersistedState().get(SubjectEditors.SUBJECT_ID_KEY));
        Job job = Job.create("Reading subject " + part.getLabel(), monitor -> {
            try {
                subject.load();
                sync.asyncExec(() -> show(subject));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    if (!message.isDisposed()) {
                        message.setText("The subject cannot be shown. " + Refusals.message(e));
                        body.layout(true, true);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    private void show(SubjectSession subject) {
        if (body.isDisposed()) {
            return;
        }
        message.setText(SubjectSummaryPage.headline(subject));
        SubjectEditing editing = new SubjectEditing(subject, body.getShell(), this::changed);
        CTabFolder tabs = new CTabFolder(body, SWT.BOTTOM | SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        addPage(tabs, "Subject", new SubjectSummaryPage(tabs, editing, selection));
        addPage(tabs, "Eligibility", new EligibilityPage(tabs, editing, eligibility));
        addPage(tabs, "Forms", new FormsPage(tabs, editing, instruments, selection));
        addPage(tabs, "Adverse Events", new AdverseEventsPage(tabs, editing, selection));
        addPage(tabs, "Procedures", new ProceduresPage(tabs, editing, dosing, selection));
        tabs.setSelection(0);
        pages.forEach(SubjectPage::show);
        selection.setSelection(subject.subject());
        body.layout(true, true);
    }

    private void addPage(CTabFolder tabs, String title, SubjectPage page) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(page.control());
        pages.add(page);
    }

    private void changed(String status) {
        pages.forEach(SubjectPage::show);
        String studyId = part.getPersistedState().get(SubjectEditors.STUDY_ID_KEY);
        events.post(UiTopics.RECORDS_SAVED, studyId);
        events.post(UiTopics.STATUS, status + ", subject " + part.getLabel());
    }

    @Focus
    void focus() {
        body.setFocus();
    }
}
