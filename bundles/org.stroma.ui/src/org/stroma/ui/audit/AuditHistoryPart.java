package org.stroma.ui.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Identified;
import org.stroma.model.study.Study;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.ui.RecordTable;
import org.stroma.ui.Refusals;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The audit history of the selected record and the records it holds (a subject's forms, an
 * assessment's items): who changed which field when, from what to what, and why, newest first,
 * as the signed-in user may read it (a blinded user reads "(blinded)" for what tells the arm).
 * Read in a Job.
 */
public final class AuditHistoryPart {

    static final String NOTHING_SELECTED = "Select a subject, form or other record to see its audit history.";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    private UISynchronize sync;

    private Label heading;
    private RecordTable<AuditEntry> table;
    private WorkspaceSession session;
    /** This part's view of the data, used by one reading Job at a time; a new one after saves. */
    private StudyAccess access;
    private Identified shown;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.NONE);
        heading.setText(NOTHING_SELECTED);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new RecordTable<>(parent);
        table.column("When", 165, e -> UTC.format(e.recordedAt()));
        table.column("User", 90, AuditEntry::user);
        table.column("Action", 60, AuditEntry::action);
        table.column("Record", 250, AuditEntry::objectId);
        table.column("Field", 110, AuditEntry::field);
        table.column("Old value", 110, e -> e.oldValue() == null ? "" : e.oldValue());
        table.column("New value", 110, e -> e.newValue() == null ? "" : e.newValue());
        table.column("Reason for change", 260, AuditEntry::reason);
    }

    /** Injected on sign-in, and with null on sign-out (the history shown goes with the user). */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        access = signedIn == null ? null : signedIn.studies();
        shown = null;
        if (table != null && !table.viewer().getControl().isDisposed()) {
            table.show(List.of());
            heading.setText(NOTHING_SELECTED);
        }
    }

    @Inject
    @Optional
    void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Identified record) {
        shown = record;
        read();
    }

    @Inject
    @Optional
    void saved(@UIEventTopic(UiTopics.RECORDS_SAVED) String studyId) {
        if (session != null) {
            access = session.studies();
        }
        read();
    }

    private void read() {
        if (shown == null || access == null || table == null || table.viewer().getControl().isDisposed()) {
            return;
        }
        Identified record = shown;
        if (!(EcoreUtil.getRootContainer(record) instanceof Study study)) {
            return;
        }
        String studyId = study.getId();
        List<String> ids = new ArrayList<>();
        ids.add(record.getId());
        record.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified held && held.getId() != null) {
                ids.add(held.getId());
            }
        });
        StudyAccess reading = access;
        String name = record.eClass().getName() + " " + record.getId();
        heading.setText("Reading the audit history of " + name + "...");
        Job job = Job.create("Reading audit history of " + name, monitor -> {
            List<AuditEntry> entries = new ArrayList<>();
            try {
                // A StudyAccess keeps the studies it read in a plain map: one Job at a time.
                synchronized (reading) {
                    for (String id : ids) {
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                        entries.addAll(reading.auditTrail(studyId, id));
                    }
                }
            } catch (RuntimeException e) {
                sync.asyncExec(() -> refused(record, name, Refusals.message(e)));
                return Status.OK_STATUS;
            }
            entries.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
            sync.asyncExec(() -> show(record, name, entries));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void refused(Identified record, String name, String why) {
        if (record != shown || table.viewer().getControl().isDisposed()) {
            return;
        }
        heading.setText("The audit history of " + name + " cannot be shown: " + why);
        table.show(List.of());
        heading.getParent().layout();
    }

    private void show(Identified record, String name, List<AuditEntry> entries) {
        if (record != shown || table.viewer().getControl().isDisposed()) {
            return;
        }
        heading.setText("Audit history of " + name + (record.eContents().isEmpty() ? "" : " and the records it holds")
                + ": " + entries.size() + (entries.size() == 1 ? " change" : " changes"));
        table.show(entries);
        heading.getParent().layout();
    }
}
