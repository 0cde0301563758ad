package org.stroma.ui.access;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.stroma.security.Role;
import org.stroma.security.UserAdministration;
import org.stroma.store.UserAccount;
import org.stroma.ui.InBackground;
import org.stroma.ui.MessageLine;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.RecordTable;
import org.stroma.ui.Refusals;

/**
 * The accounts of the study database, for administrators: add a user, change a role, deactivate
 * or activate, end a lockout, reset a password. Every change to an existing account asks for
 * the reason the audit trail keeps with it; a refusal shows in red in the dialog.
 */
public final class UserAccountsDialog extends Dialog {

    public static final String TITLE = "User Accounts";
    public static final String ADD = "Add User...";
    public static final String CHANGE_ROLE = "Change Role...";
    public static final String DEACTIVATE = "Deactivate...";
    public static final String ACTIVATE = "Activate...";
    public static final String UNLOCK = "Unlock...";
    public static final String RESET_PASSWORD = "Reset Password...";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final UserAdministration users;
    private final String administrator;
    private RecordTable<UserAccount> table;
    private MessageLine message;
    private Button changeRole;
    private Button deactivate;
    private Button activate;
    private Button unlock;
    private Button reset;

    /** @param administrator the signed-in administrator, who may not deactivate their own account */
    public UserAccountsDialog(Shell parent, UserAdministration users, String administrator) {
        super(parent);
        this.users = users;
        this.administrator = administrator;
    }

    @Override
    protected boolean isResizable() {
        return true;
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
        table = new RecordTable<>(area);
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.widthHint = 720;
        size.heightHint = 220;
        table.viewer().getTable().setLayoutData(size);
        table.column("User", 110, UserAccount::userName);
        table.column("Full name", 150, UserAccount::fullName);
        table.column("Role", 170, a -> roleLabel(a.role()));
        table.column("Sites", 80, a -> a.sites().isEmpty() ? "all" : String.join(", ", a.sites()));
        table.column("Active", 55, a -> a.active() ? "yes" : "no");
        table.column("Locked until", 140, a -> a.lockedUntil() == null ? "" : UTC.format(a.lockedUntil()));
        table.viewer().addSelectionChangedListener(e -> enable());

        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button(buttons, ADD, this::add);
        changeRole = button(buttons, CHANGE_ROLE, this::changeRole);
        deactivate = button(buttons, DEACTIVATE, () -> setActive(false));
        activate = button(buttons, ACTIVATE, () -> setActive(true));
        unlock = button(buttons, UNLOCK, this::unlock);
        reset = button(buttons, RESET_PASSWORD, this::resetPassword);
        message = new MessageLine(area, "", new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        message.label().setData(Fields.FIELD_KEY, "message");
        enable();
        read(null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Reads the accounts again; then shows {@code done} (what just changed), if any. */
    private void read(String done) {
        InBackground.run("Reading the user accounts", getShell().getDisplay(), users::accounts, accounts -> {
            if (table.viewer().getControl().isDisposed()) {
                return;
            }
            table.show(accounts);
            enable();
            if (done != null) {
                message.note(done);
            }
        }, failure -> {
            if (!table.viewer().getControl().isDisposed()) {
                message.refuse(Refusals.message(failure));
            }
        });
    }

    private Optional<UserAccount> selected() {
        return table.viewer().getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof UserAccount a
                ? Optional.of(a) : Optional.empty();
    }

    private void enable() {
        Optional<UserAccount> account = selected();
        changeRole.setEnabled(account.isPresent());
        deactivate.setEnabled(account.map(a -> a.active() && !a.userName().equals(administrator)).orElse(false));
        activate.setEnabled(account.map(a -> !a.active()).orElse(false));
        unlock.setEnabled(account.map(a -> a.lockedUntil() != null || a.failedLogins() > 0).orElse(false));
        reset.setEnabled(account.isPresent());
    }

    private void add() {
        if (new AddUserDialog(getShell(), users).open() == OK) {
            read("User added");
        }
    }

    private void changeRole() {
        UserAccount account = selected().orElseThrow();
        Role current = Role.parse(account.role());
        RoleChoiceDialog.ask(getShell(), account.userName(), current).ifPresent(role -> reason(account,
                "the role of " + account.userName() + " from " + current.label() + " to " + role.label(), "Change Role")
                .ifPresent(why -> change(() -> users.changeRole(account.userName(), role, why),
                        "The role of " + account.userName() + " is now " + role.label())));
    }

    private void setActive(boolean active) {
        UserAccount account = selected().orElseThrow();
        String verb = active ? "Activate" : "Deactivate";
        reason(account, verb.toLowerCase() + " the account " + account.userName(), verb).ifPresent(why -> change(
                () -> users.setActive(account.userName(), active, why),
                "The account " + account.userName() + (active ? " is active" : " is deactivated")));
    }

    private void unlock() {
        UserAccount account = selected().orElseThrow();
        reason(account, "end the lockout of " + account.userName(), "Unlock").ifPresent(why -> change(
                () -> users.unlock(account.userName(), why), "The account " + account.userName() + " is unlocked"));
    }

    private void resetPassword() {
        UserAccount account = selected().orElseThrow();
        reason(account, "set a new password for " + account.userName(), "Go On").ifPresent(why -> {
            if (PasswordDialog.reset(getShell(), account.userName(),
                    password -> users.resetPassword(account.userName(), password, why))) {
                read("The password of " + account.userName() + " was reset");
            }
        });
    }

    private Optional<String> reason(UserAccount account, String what, String okLabel) {
        return ReasonForChangeDialog.ask(getShell(), ReasonForChangeDialog.TITLE, "Why " + what + "?",
                "Changing the account " + account.userName() + ": " + what
                        + ". The reason is kept in the audit trail with the change.", okLabel);
    }

    private void change(Runnable call, String done) {
        message.note("Saving...");
        InBackground.run("Changing a user account", getShell().getDisplay(), () -> {
            call.run();
            return Boolean.TRUE;
        }, ok -> read(done), failure -> {
            if (!table.viewer().getControl().isDisposed()) {
                message.refuse(Refusals.message(failure));
            }
        });
    }

    private static String roleLabel(String role) {
        try {
            return Role.parse(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    /** Site codes as typed, "A01, B02" or "A01 B02"; none (every site) when blank. */
    static List<String> siteCodes(String typed) {
        return Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
