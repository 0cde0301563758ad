package org.stroma.ui.subject;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.stroma.model.study.Subject;
import org.stroma.store.ChangeContext;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.WorkbenchUser;

/**
 * What the pages of a subject editor share: the subject, and one way to save a change to it,
 * asking for a reason when data entered before changes and reporting a failed save.
 */
final class SubjectEditing {

    /** Title of the dialog that reports a refused save. */
    static final String NOT_SAVED = "Not Saved";

    private final SubjectSession session;
    private final Shell shell;
    private final Runnable saved;

    SubjectEditing(SubjectSession session, Shell shell, Runnable saved) {
        this.session = session;
        this.shell = shell;
        this.saved = saved;
    }

    SubjectSession session() {
        return session;
    }

    Subject subject() {
        return session.subject();
    }

    Shell shell() {
        return shell;
    }

    /**
     * Saves a change to the subject.
     *
     * @param what               what changes, in the user's words, for the reason dialog and messages
     * @param changesEnteredData whether the change alters data saved before (then a reason is asked)
     * @return whether the change was saved; when not, the user was told why and the model is as stored
     */
    boolean save(String what, boolean changesEnteredData, Consumer<Subject> change) {
        String reason = "";
        if (changesEnteredData) {
            var asked = ReasonForChangeDialog.ask(shell, what);
            if (asked.isEmpty()) {
                return false;
            }
            reason = asked.get();
        }
        ChangeContext context = new ChangeContext(WorkbenchUser.name(), reason);
        RuntimeException[] failure = new RuntimeException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                session.save(change, context);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            MessageDialog.openError(shell, NOT_SAVED, what + " was not saved: " + failure[0].getMessage()
                    + "\n\nWhat you typed is still in the form.");
            return false;
        }
        saved.run();
        return true;
    }
}
