package org.stroma.ui.access;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.stroma.security.Role;

/** Chooses a user's new role; the reason for the change is asked after. */
final class RoleChoiceDialog extends Dialog {

    static final String TITLE = "Change Role";

    private final String userName;
    private final Role current;
    private Combo roles;
    private Role chosen;

    private RoleChoiceDialog(Shell parent, String userName, Role current) {
        super(parent);
        this.userName = userName;
        this.current = current;
    }

    /** @return the role chosen, or empty when cancelled or unchanged */
    static Optional<Role> ask(Shell parent, String userName, Role current) {
        RoleChoiceDialog dialog = new RoleChoiceDialog(parent, userName, current);
        return dialog.open() == OK && dialog.chosen != current ? Optional.ofNullable(dialog.chosen) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 2;
        Fields.line(area, "The role of " + userName + " is " + current.label() + ". The new role:");
        roles = Fields.choice(area, "Role:", "role", Arrays.stream(Role.values()).map(Role::label).toArray(String[]::new));
        roles.select(current.ordinal());
        roles.addListener(org.eclipse.swt.SWT.Selection, e -> enableOk());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Change Role", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        enableOk();
    }

    private void enableOk() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(roles.getSelectionIndex() != current.ordinal());
        }
    }

    @Override
    protected void okPressed() {
        chosen = Role.values()[roles.getSelectionIndex()];
        super.okPressed();
    }
}
