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
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Identified;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.RecordTable;
import org.stroma.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The audit history of the selected record and the records it holds (a subject's forms, an
 * assessment's items): who changed which field when, from what to what, and why, newest first.
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
    private OpenedWorkspace workspace;
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

    @Inject
    @Optional
    void workspaceOpened(OpenedWorkspace opened) {
        workspace = opened;
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
        read();
    }

    private void read() {
        if (shown == null || workspace == null || table == null || table.viewer().getControl().isDisposed()) {
            return;
        }
        Identified record = shown;
        List<String> ids = new ArrayList<>();
        ids.add(record.getId());
        record.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified held && held.getId() != null) {
                ids.add(held.getId());
            }
        });
        StudyDatabase database = workspace.database();
        String name = record.eClass().getName() + " " + record.getId();
        heading.setText("Reading the audit history of " + name + "...");
        Job job = Job.create("Reading audit history of " + name, monitor -> {
            List<AuditEntry> entries = new ArrayList<>();
            for (String id : ids) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                entries.addAll(database.auditTrail(id));
            }
            entries.sort(Comparator.comparingLong(AuditEntry::sequence).reversed());
            sync.asyncExec(() -> show(record, name, entries));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
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
