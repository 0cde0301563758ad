package org.stroma.ui.access;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.stroma.security.Role;
import org.stroma.security.UserAdministration;

/** A new account: user name, printed name, role, sites and a first password typed twice. */
final class AddUserDialog extends CheckedDialog {

    static final String TITLE = "Add User";

    private final UserAdministration users;
    private Text userName;
    private Text fullName;
    private Combo role;
    private Text sites;
    private Text password;
    private Text again;

    AddUserDialog(Shell parent, UserAdministration users) {
        super(parent, TITLE, "Add User");
        this.users = users;
    }

    @Override
    void fill(Composite area) {
        userName = Fields.text(area, "User name:", "user", SWT.NONE);
        fullName = Fields.text(area, "Full name (printed with signatures):", "fullName", SWT.NONE);
        role = Fields.choice(area, "Role:", "role", Arrays.stream(Role.values()).map(Role::label).toArray(String[]::new));
        sites = Fields.text(area, "Sites (codes, comma-separated; blank for all):", "sites", SWT.NONE);
        password = Fields.text(area, "Password:", "password", SWT.PASSWORD);
        again = Fields.text(area, "Password again:", "again", SWT.PASSWORD);
    }

    @Override
    void submit() {
        if (role.getSelectionIndex() < 0) {
            refuse("Choose the user's role.");
            return;
        }
        char[] typed = password.getText().toCharArray();
        char[] repeated = again.getText().toCharArray();
        boolean same = Arrays.equals(typed, repeated);
        clear(repeated);
        if (!same) {
            clear(typed);
            refuse("The two passwords differ.");
            return;
        }
        String name = userName.getText();
        String printed = fullName.getText();
        Role chosen = Role.values()[role.getSelectionIndex()];
        List<String> codes = UserAccountsDialog.siteCodes(sites.getText());
        attempt("Adding " + name.strip() + "...", () -> {
            try {
                return users.add(name, printed, chosen, codes, typed);
            } finally {
                clear(typed);
            }
        }, () -> {
            password.setText("");
            again.setText("");
        });
    }
}
