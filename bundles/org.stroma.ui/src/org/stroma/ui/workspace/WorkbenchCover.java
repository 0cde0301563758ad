package org.stroma.ui.workspace;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Hides what the workbench shows while it is locked: the window's contents and any other
 * window open on it (a dialog left open), so data on screen are not read by whoever passes.
 * Uncovering shows again exactly what was hidden.
 */
final class WorkbenchCover {

    private final List<Control> hidden = new ArrayList<>();
    private Shell window;

    void cover(Shell shell) {
        if (window != null) {
            return;
        }
        window = shell;
        for (Shell other : window.getDisplay().getShells()) {
            if (other != window && !other.isDisposed() && other.isVisible()) {
                hide(other);
            }
        }
        for (Control child : window.getChildren()) {
            if (child.getVisible()) {
                hide(child);
            }
        }
    }

    void uncover() {
        for (int i = hidden.size() - 1; i >= 0; i--) {
            if (!hidden.get(i).isDisposed()) {
                hidden.get(i).setVisible(true);
            }
        }
        hidden.clear();
        if (window != null && !window.isDisposed()) {
            window.layout(true, true);
        }
        window = null;
    }

    private void hide(Control control) {
        control.setVisible(false);
        hidden.add(control);
    }
}
