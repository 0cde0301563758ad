package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.stroma.security.UserAdministration;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;
import org.stroma.ui.access.PasswordDialog;

import jakarta.inject.Named;

/** File &gt; Change My Password...: every signed-in user, giving the current password. */
public final class ChangePasswordHandler {

    @CanExecute
    boolean canChange(@Optional WorkspaceSession session) {
        return session != null;
    }

    @Execute
    void change(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceSession session, IEventBroker events) {
        UserAdministration users = session.users();
        if (PasswordDialog.changeOwn(shell, session.user().userName(), users::changeOwnPassword)) {
            events.post(UiTopics.STATUS, "Your password was changed");
        }
    }
}
