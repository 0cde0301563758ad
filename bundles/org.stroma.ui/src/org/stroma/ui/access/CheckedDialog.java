package org.stroma.ui.access;

import java.util.concurrent.Callable;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.stroma.ui.InBackground;
import org.stroma.ui.MessageLine;
import org.stroma.ui.Refusals;

/**
 * A dialog whose OK hands what was typed to the access control: the call runs in a Job, the
 * dialog closes when it succeeds and shows the refusal in red when it does not, staying open
 * for another try.
 */
abstract class CheckedDialog extends Dialog {

    private final String title;
    private final String okLabel;
    private MessageLine message;
    private boolean running;

    CheckedDialog(Shell parent, String title, String okLabel) {
        super(parent);
        this.title = title;
        this.okLabel = okLabel;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected final Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 2;
        fill(area);
        message = new MessageLine(area, "", Fields.across());
        message.label().setData(Fields.FIELD_KEY, "message");
        return area;
    }

    /** Adds the dialog's fields to an area of two columns. */
    abstract void fill(Composite area);

    /** OK was pressed: checks what was typed, then {@link #attempt}s the call or {@link #refuse}s. */
    abstract void submit();

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, okLabel, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected final void okPressed() {
        if (!running) {
            submit();
        }
    }

    /**
     * Runs {@code call} in a Job; closes the dialog with OK when it returns, shows its refusal
     * otherwise and then runs {@code afterRefusal} (to clear a password field, say).
     */
    <T> void attempt(String note, Callable<T> call, Runnable afterRefusal) {
        running(true);
        message.note(note);
        InBackground.run(title, getShell().getDisplay(), call, result -> {
            if (isOpen()) {
                running(false);
                setReturnCode(OK);
                close();
            }
        }, failure -> {
            if (isOpen()) {
                running(false);
                refuse(Refusals.message(failure));
                afterRefusal.run();
            }
        });
    }

    void refuse(String why) {
        message.refuse(why);
        Shell shell = getShell();
        shell.setSize(shell.computeSize(shell.getSize().x, SWT.DEFAULT));
    }

    private boolean isOpen() {
        return getShell() != null && !getShell().isDisposed();
    }

    private void running(boolean now) {
        running = now;
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null && !ok.isDisposed()) {
            ok.setEnabled(!now);
        }
    }

    static void clear(char[]... secrets) {
        for (char[] secret : secrets) {
            java.util.Arrays.fill(secret, '\0');
        }
    }
}
