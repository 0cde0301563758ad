package org.stroma.ui.workspace;

import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.stroma.ui.MessageLine;

/**
 * Asks who is at the workbench: user name, password and, until the database is open, the key
 * it is encrypted with. In {@link Mode#LOCKED} it asks only the password of the user whose
 * session was idle. The dialog is modal but does not block its caller: the check runs in a Job
 * of its {@link Owner}, which either closes the dialog on success or shows the refusal in red,
 * keeping the dialog open. Exit closes the workbench.
 */
public final class SignInDialog extends Dialog {

    public static final String TITLE = "Sign In";
    public static final String LOCKED_TITLE = "Workbench Locked";

    /** Widget data key naming each field: {@code user}, {@code password} or {@code key}. */
    public static final String FIELD_KEY = "stroma.signIn";
    public static final String SIGN_IN = "Sign In";
    public static final String UNLOCK = "Unlock";
    public static final String EXIT = "Exit";

    /** Why the dialog shows. */
    public enum Mode {
        /** The database is not open yet: the key is asked too. */
        OPEN_AND_SIGN_IN,
        /** The database is open (after a sign-out): user and password. */
        SIGN_IN,
        /** The session was idle: the same user's password. */
        LOCKED
    }

    /** What the dialog asks of the workbench. */
    public interface Owner {

        /**
         * Checks what was typed, off the UI thread, and then calls {@link #succeeded()} or
         * {@link #refused(String)} on the dialog. The password array is the owner's to clear.
         *
         * @param key the typed database key, or null when the database is open
         */
        void signIn(SignInDialog dialog, String userName, char[] password, String key);

        /** The user chose Exit. */
        void exit();
    }

    private final Mode mode;
    private final String workspace;
    private final String hint;
    private final String lockedUser;
    private final Owner owner;
    private Text user;
    private Text password;
    private Text key;
    private MessageLine message;
    private boolean checking;

    /**
     * @param workspace  the workspace folder, shown so the user knows which database this is
     * @param hint       a line under the fields (the demo's key), or empty
     * @param lockedUser in {@link Mode#LOCKED}, the user name and full name of the idle session
     */
    public SignInDialog(Shell parent, Mode mode, String workspace, String hint, String lockedUser, Owner owner) {
        super(parent);
        this.mode = mode;
        this.workspace = workspace;
        this.hint = hint == null ? "" : hint;
        this.lockedUser = lockedUser;
        this.owner = owner;
        setBlockOnOpen(false);
    }

    public Mode mode() {
        return mode;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(mode == Mode.LOCKED ? LOCKED_TITLE : TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        ((GridLayout) area.getLayout()).numColumns = 2;
        Label heading = new Label(area, SWT.WRAP);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setText(mode == Mode.LOCKED ? "The workbench is locked" : "Sign in to the study database");
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Label where = new Label(area, SWT.WRAP);
        where.setText(mode == Mode.LOCKED ? "It was left without input for too long. Enter the password of "
                + lockedUser + " to go on; another user exits and starts the workbench again."
                : "Workspace " + workspace);
        GridData whereData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        whereData.widthHint = 420;
        where.setLayoutData(whereData);

        user = field(area, "User:", "user", SWT.BORDER);
        password = field(area, "Password:", "password", SWT.BORDER | SWT.PASSWORD);
        if (mode == Mode.LOCKED) {
            user.setText(lockedUser);
            user.setEditable(false);
            user.setEnabled(false);
        }
        if (mode == Mode.OPEN_AND_SIGN_IN) {
            key = field(area, "Database key:", "key", SWT.BORDER | SWT.PASSWORD);
        }
        if (!hint.isEmpty()) {
            Label hintLine = new Label(area, SWT.WRAP);
            hintLine.setText(hint);
            hintLine.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        }
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        messageData.widthHint = 420;
        message = new MessageLine(area, "", messageData);
        (mode == Mode.LOCKED ? password : user).setFocus();
        return area;
    }

    private Text field(Composite area, String name, String id, int style) {
        new Label(area, SWT.NONE).setText(name);
        Text text = new Text(area, style);
        GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
        size.widthHint = 260;
        text.setLayoutData(size);
        text.setData(FIELD_KEY, id);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, mode == Mode.LOCKED ? UNLOCK : SIGN_IN, true);
        createButton(parent, IDialogConstants.CANCEL_ID, EXIT, false);
    }

    @Override
    protected void okPressed() {
        if (checking) {
            return;
        }
        String name = user.getText().strip();
        char[] typed = password.getText().toCharArray();
        String typedKey = key != null && key.isEnabled() ? key.getText() : null;
        if (name.isEmpty() || typed.length == 0 || (typedKey != null && typedKey.isEmpty())) {
            Arrays.fill(typed, '\0');
            message.refuse(typedKey != null ? "Type the user name, the password and the database key."
                    : "Type the user name and the password.");
            return;
        }
        checking(true);
        message.note(typedKey != null ? "Opening the study database..." : "Checking the password...");
        owner.signIn(this, name, typed, typedKey);
    }

    @Override
    protected void cancelPressed() {
        owner.exit();
    }

    /** The close box and Escape: a locked workbench stays locked; otherwise as Exit. */
    @Override
    protected void handleShellCloseEvent() {
        if (mode != Mode.LOCKED) {
            owner.exit();
        }
    }

    /** The key opened the database: it is not asked again, whatever the sign-in's outcome. */
    public void keyAccepted() {
        if (key != null && !key.isDisposed()) {
            key.setEnabled(false);
        }
    }

    /** Shows why the sign-in was refused, clears the password and lets the user try again. */
    public void refused(String why) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        checking(false);
        password.setText("");
        message.refuse(why);
        password.setFocus();
        getShell().layout(true, true);
        getShell().pack();
    }

    /** The check passed: the dialog goes. */
    public void succeeded() {
        if (getShell() != null && !getShell().isDisposed()) {
            close();
        }
    }

    private void checking(boolean now) {
        checking = now;
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null && !ok.isDisposed()) {
            ok.setEnabled(!now);
        }
    }
}
