package org.stroma.ui.study;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.stroma.model.study.Identified;
import org.stroma.ui.MessageLine;

/** The tabs' common parts: a page in the tab folder, and tables of design records. */
final class DesignTables {

    private DesignTables() {
    }

    /** A new tab with an empty page laid out in {@code columns} grid columns. */
    static Composite page(CTabFolder folder, String title, int columns) {
        CTabItem item = new CTabItem(folder, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(folder, SWT.NONE);
        page.setLayout(new GridLayout(columns, false));
        item.setControl(page);
        return page;
    }

    /**
     * A table of records that fills its page's width and the height it is given; the record a
     * row stands for ({@code record} of the row) becomes the selection when the row is selected.
     */
    static TableViewer viewer(Composite parent, boolean grabHeight, DesignEdits edits,
            Function<Object, Identified> record) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL
                | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, grabHeight));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> {
            Identified selected = record.apply(((IStructuredSelection) e.getSelection()).getFirstElement());
            if (selected != null) {
                edits.select(selected);
            }
        });
        return viewer;
    }

    /** The row itself, for tables whose rows are records. */
    static Identified itself(Object row) {
        return row instanceof Identified record ? record : null;
    }

    /** A column whose cells show {@code text} of rows of {@code type}, and nothing for other rows. */
    static <T> TableViewerColumn column(TableViewer viewer, String title, int width, Class<T> type,
            Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String shown = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return shown == null ? "" : shown;
            }
        });
        return column;
    }

    /** A message line under a table: a hint, or why the last input was refused. */
    static MessageLine messageLine(Composite parent, String hint) {
        return new MessageLine(parent, hint, new GridData(SWT.FILL, SWT.TOP, true, false));
    }
}
