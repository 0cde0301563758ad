package org.stroma.ui.subject;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Shell;
import org.stroma.model.study.Subject;
import org.stroma.security.StudyAccess;
import org.stroma.security.UserSession;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.Refusals;

/**
 * What the pages of a subject editor share: the subject, the signed-in user, and one way to
 * save a change to it, asking for a reason when data entered before changes and reporting a
 * refused or failed save.
 */
final class SubjectEditing {

    /** Title of the dialog that reports a refused save. */
    static final String NOT_SAVED = "Not Saved";

    private final SubjectSession session;
    private final Shell shell;
    private final Consumer<String> changed;

    /** @param changed runs after every change with a line for the status bar; the pages show it */
    SubjectEditing(SubjectSession session, Shell shell, Consumer<String> changed) {
        this.session = session;
        this.shell = shell;
        this.changed = changed;
    }

    SubjectSession session() {
        return session;
    }

    Subject subject() {
        return session.subject();
    }

    UserSession user() {
        return session.user();
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
        String why = reason;
        RuntimeException failure = busy(() -> session.save(change, why));
        if (failure != null) {
            MessageDialog.openError(shell, NOT_SAVED, what + " was not saved. " + Refusals.message(failure)
                    + "\n\nWhat you typed is still in the form.");
            return false;
        }
        changed.accept("Saved " + what);
        return true;
    }

    /**
     * Does something to the study data that is not a save of the subject (a lock, say), reads the
     * subject again and shows it.
     *
     * @param failureTitle the title of the dialog that reports a refusal
     * @param done         the status line after it succeeded
     * @return whether it was done
     */
    boolean oversee(String failureTitle, String done, Consumer<StudyAccess> action) {
        RuntimeException failure = busy(() -> {
            try {
                action.accept(session.access());
            } finally {
                session.load();
            }
        });
        if (failure != null) {
            MessageDialog.openError(shell, failureTitle, Refusals.message(failure));
        }
        changed.accept(failure == null ? done : failureTitle);
        return failure == null;
    }

    /** After a change made elsewhere (a signature): the pages show the subject again. */
    void refresh(String done) {
        changed.accept(done);
    }

    private RuntimeException busy(Runnable work) {
        RuntimeException[] failure = new RuntimeException[1];
        BusyIndicator.showWhile(shell.getDisplay(), () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        return failure[0];
    }
}
