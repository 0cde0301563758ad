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
 * Asks for the reason for changing data that was entered before, as the audit trail records
 * it with the change. OK stays disabled until a reason is typed.
 */
public final class ReasonForChangeDialog extends TitleAreaDialog {

    public static final String TITLE = "Reason for Change";

    private final String whatChanges;
    private Text reasonText;
    private String reason = "";

    private ReasonForChangeDialog(Shell parent, String whatChanges) {
        super(parent);
        this.whatChanges = whatChanges;
    }

    /**
     * @param whatChanges what the save changes, in the user's words, e.g. "mRSS at Week 12"
     * @return the reason, or empty when the user cancelled (then nothing must be saved)
     */
    public static Optional<String> ask(Shell shell, String whatChanges) {
        ReasonForChangeDialog dialog = new ReasonForChangeDialog(shell, whatChanges);
        return dialog.open() == OK ? Optional.of(dialog.reason) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Why does this data change?");
        setMessage("Changing data entered before: " + whatChanges
                + ". The reason is kept in the audit trail with the old and new values.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(1, false));
        new Label(body, SWT.NONE).setText("Reason for change:");
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
        getButton(IDialogConstants.OK_ID).setText("Save with Reason");
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }
}
