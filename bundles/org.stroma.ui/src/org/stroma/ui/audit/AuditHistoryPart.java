package org.stroma.ui.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Identified;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;
import org.stroma.ui.OpenedWorkspace;
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
    private TableViewer table;
    private OpenedWorkspace workspace;
    private Identified shown;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.NONE);
        heading.setText(NOTHING_SELECTED);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("When", 165, e -> UTC.format(e.recordedAt()));
        column("User", 90, AuditEntry::user);
        column("Action", 60, AuditEntry::action);
        column("Record", 250, AuditEntry::objectId);
        column("Field", 110, AuditEntry::field);
        column("Old value", 110, e -> e.oldValue() == null ? "" : e.oldValue());
        column("New value", 110, e -> e.newValue() == null ? "" : e.newValue());
        column("Reason for change", 260, AuditEntry::reason);
    }

    private void column(String title, int width, Function<AuditEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AuditEntry) element);
            }
        });
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
        if (shown == null || workspace == null || table == null || table.getControl().isDisposed()) {
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
        if (record != shown || table.getControl().isDisposed()) {
            return;
        }
        heading.setText("Audit history of " + name + (record.eContents().isEmpty() ? "" : " and the records it holds")
                + ": " + entries.size() + (entries.size() == 1 ? " change" : " changes"));
        table.setInput(entries);
        heading.getParent().layout();
    }
}
