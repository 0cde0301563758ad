package org.stroma.ui.access;

import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.stroma.security.SignatureMeaning;
import org.stroma.security.UserSession;

/**
 * An electronic signature as 21 CFR 11 asks for it: shows what is signed and the printed name,
 * asks what the signature means (only the meanings the user's role may give) and the password
 * again. The signature is bound to the record as saved now.
 */
public final class SignatureDialog extends CheckedDialog {

    public static final String TITLE = "Electronic Signature";
    public static final String SIGN = "Sign";

    /** Makes the signature; throws when it is refused (a wrong password, say). */
    @FunctionalInterface
    public interface Signer {
        void sign(SignatureMeaning meaning, char[] password);
    }

    private final String what;
    private final UserSession signer;
    private final List<SignatureMeaning> meanings;
    private final Signer signing;
    private Combo meaning;
    private Text password;

    private SignatureDialog(Shell parent, String what, UserSession signer, List<SignatureMeaning> meanings,
            Signer signing) {
        super(parent, TITLE, SIGN);
        this.what = what;
        this.signer = signer;
        this.meanings = List.copyOf(meanings);
        this.signing = signing;
    }

    /** The meanings {@code user}'s role may sign with, in their order. */
    public static List<SignatureMeaning> meaningsOf(UserSession user) {
        return java.util.Arrays.stream(SignatureMeaning.values()).filter(m -> user.can(m.permission())).toList();
    }

    /**
     * @param what what is signed, in the user's words
     * @return whether the signature was made
     */
    public static boolean sign(Shell parent, String what, UserSession signer, Signer signing) {
        return new SignatureDialog(parent, what, signer, meaningsOf(signer), signing).open() == Window.OK;
    }

    @Override
    void fill(Composite area) {
        Fields.line(area, "You sign: " + what + ", as saved now. A later change to it shows this signature "
                + "as invalid.");
        Text name = Fields.text(area, "Printed name:", "printedName", SWT.READ_ONLY);
        name.setText(signer.fullName() + " (" + signer.userName() + ")");
        meaning = Fields.choice(area, "Meaning of the signature:", "meaning",
                meanings.stream().map(SignatureMeaning::label).toArray(String[]::new));
        if (meanings.size() == 1) {
            meaning.select(0);
        }
        password = Fields.text(area, "Password:", "password", SWT.PASSWORD);
        Fields.line(area, "Signing with your password is the legally binding equivalent of your handwritten "
                + "signature.");
        password.setFocus();
    }

    @Override
    void submit() {
        if (meaning.getSelectionIndex() < 0) {
            refuse("Choose what your signature means.");
            return;
        }
        char[] typed = password.getText().toCharArray();
        if (typed.length == 0) {
            refuse("Type your password to sign.");
            return;
        }
        SignatureMeaning chosen = meanings.get(meaning.getSelectionIndex());
        attempt("Signing...", () -> {
            try {
                signing.sign(chosen, typed);
                return Boolean.TRUE;
            } finally {
                clear(typed);
            }
        }, () -> password.setText(""));
    }
}
