package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.stroma.security.Permission;
import org.stroma.ui.WorkspaceSession;
import org.stroma.ui.access.UserAccountsDialog;

import jakarta.inject.Named;

/** File &gt; User Accounts...: the accounts of the database, for users who manage them. */
public final class UserAccountsHandler {

    @CanExecute
    boolean canManage(@Optional WorkspaceSession session) {
        return session != null && session.can(Permission.MANAGE_USERS);
    }

    @Execute
    void manage(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceSession session) {
        new UserAccountsDialog(shell, session.users(), session.user().userName()).open();
    }
}
