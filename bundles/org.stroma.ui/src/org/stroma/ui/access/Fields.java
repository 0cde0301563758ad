package org.stroma.ui.access;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Labelled fields of the access dialogs, each named by {@link #FIELD_KEY} for tests and readers. */
final class Fields {

    /** Widget data key naming what a field holds, e.g. {@code user} or {@code password}. */
    static final String FIELD_KEY = "stroma.field";

    private Fields() {
    }

    static Text text(Composite parent, String label, String id, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        text.setLayoutData(wide());
        text.setData(FIELD_KEY, id);
        return text;
    }

    static Combo choice(Composite parent, String label, String id, String... items) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setItems(items);
        combo.setLayoutData(wide());
        combo.setData(FIELD_KEY, id);
        return combo;
    }

    /** A line across both columns (an explanation), wrapped at the dialog's width. */
    static Label line(Composite parent, String text) {
        Label line = new Label(parent, SWT.WRAP);
        line.setText(text);
        line.setLayoutData(across());
        return line;
    }

    static GridData across() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 440;
        return data;
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 260;
        return data;
    }
}
