package org.stroma.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A line that says why input was refused, in red, and otherwise shows a hint (or nothing). */
public final class MessageLine {

    private final Label label;
    private final String hint;

    public MessageLine(Composite parent, String hint, GridData layout) {
        this.hint = hint;
        label = new Label(parent, SWT.WRAP);
        label.setText(hint);
        label.setLayoutData(layout);
    }

    public void refuse(String problem) {
        show(problem, SWT.COLOR_RED);
    }

    public void clear() {
        show(hint, SWT.COLOR_WIDGET_FOREGROUND);
    }

    /** Shows a passing note (work under way, say) in the ordinary colour until the next message. */
    public void note(String text) {
        show(text, SWT.COLOR_WIDGET_FOREGROUND);
    }

    public Label label() {
        return label;
    }

    private void show(String text, int color) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(text);
        label.setForeground(label.getDisplay().getSystemColor(color));
        label.getParent().layout(true);
    }
}
