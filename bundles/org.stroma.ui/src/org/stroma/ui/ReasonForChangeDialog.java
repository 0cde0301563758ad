package org.stroma.ui;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a reason the audit trail keeps with a change: the reason for changing data entered
 * before, or for an override. The OK button stays disabled until a reason is typed.
 */
public final class ReasonForChangeDialog extends TitleAreaDialog {

    public static final String TITLE = "Reason for Change";

    private final String title;
    private final String heading;
    private final String message;
    private final String okLabel;
    private Text reasonText;
    private String reason = "";

    private ReasonForChangeDialog(Shell parent, String title, String heading, String message, String okLabel) {
        super(parent);
        this.title = title;
        this.heading = heading;
        this.message = message;
        this.okLabel = okLabel;
    }

    /**
     * @param whatChanges what the save changes, in the user's words, e.g. "mRSS at Week 12"
     * @return the reason, or empty when the user cancelled (then nothing must be saved)
     */
    public static Optional<String> ask(Shell shell, String whatChanges) {
        return ask(shell, TITLE, "Why does this data change?", "Changing data entered before: " + whatChanges
                + ". The reason is kept in the audit trail with the old and new values.", "Save with Reason");
    }

    /**
     * Asks for a reason under the given dialog title, heading and explanation.
     *
     * @return the reason, stripped, or empty when the user cancelled
     */
    public static Optional<String> ask(Shell shell, String title, String heading, String message, String okLabel) {
        ReasonForChangeDialog dialog = new ReasonForChangeDialog(shell, title, heading, message, okLabel);
        return dialog.open() == OK ? Optional.of(dialog.reason) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(heading);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        new Label(body, SWT.NONE).setText("Reason:");
        reasonText = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.heightHint = 60;
        size.widthHint = 420;
        reasonText.setLayoutData(size);
        reasonText.addModifyListener(e -> {
            reason = reasonText.getText().strip();
            getButton(IDialogConstants.OK_ID).setEnabled(!reason.isEmpty());
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(okLabel);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }
}
