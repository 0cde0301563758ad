package org.stroma.ui.access;

import java.util.Arrays;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A new password, typed twice: the user's own (with the current one), or another user's set by
 * an administrator. The password rules are the access control's; a refusal names the rule.
 */
public final class PasswordDialog extends CheckedDialog {

    public static final String OWN_TITLE = "Change My Password";
    public static final String RESET_TITLE = "Reset Password";

    /** Changes the signed-in user's password. */
    @FunctionalInterface
    public interface OwnChange {
        void change(char[] current, char[] replacement);
    }

    /** Sets another user's password. */
    @FunctionalInterface
    public interface Reset {
        void reset(char[] replacement);
    }

    private final String userName;
    private final OwnChange own;
    private final Reset reset;
    private Text current;
    private Text replacement;
    private Text again;

    private PasswordDialog(Shell parent, String userName, OwnChange own, Reset reset) {
        super(parent, own != null ? OWN_TITLE : RESET_TITLE, own != null ? "Change Password" : "Reset Password");
        this.userName = userName;
        this.own = own;
        this.reset = reset;
    }

    /** @return whether the password was changed */
    public static boolean changeOwn(Shell parent, String userName, OwnChange change) {
        return new PasswordDialog(parent, userName, change, null).open() == Window.OK;
    }

    /** @return whether the password was set */
    public static boolean reset(Shell parent, String userName, Reset reset) {
        return new PasswordDialog(parent, userName, null, reset).open() == Window.OK;
    }

    @Override
    void fill(Composite area) {
        Fields.line(area, own != null ? "A new password for " + userName + ". Give your current password first."
                : "A new password for " + userName + ", who then signs in with it and should change it.");
        if (own != null) {
            current = Fields.text(area, "Current password:", "current", SWT.PASSWORD);
        }
        replacement = Fields.text(area, "New password:", "password", SWT.PASSWORD);
        again = Fields.text(area, "New password again:", "again", SWT.PASSWORD);
    }

    @Override
    void submit() {
        char[] typed = replacement.getText().toCharArray();
        char[] repeated = again.getText().toCharArray();
        boolean same = Arrays.equals(typed, repeated);
        clear(repeated);
        if (typed.length == 0 || !same) {
            clear(typed);
            refuse(typed.length == 0 ? "Type the new password twice." : "The two new passwords differ.");
            return;
        }
        char[] before = current == null ? new char[0] : current.getText().toCharArray();
        attempt("Setting the password...", () -> {
            try {
                if (own != null) {
                    own.change(before, typed);
                } else {
                    reset.reset(typed);
                }
                return Boolean.TRUE;
            } finally {
                clear(before, typed);
            }
        }, () -> {
            replacement.setText("");
            again.setText("");
            if (current != null) {
                current.setText("");
            }
        });
    }
}
