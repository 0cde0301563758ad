package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.ui.Editors;
import org.stroma.ui.WorkspaceSession;
import org.stroma.ui.workspace.WorkspaceSignIn;

/**
 * File &gt; Sign Out: asks to save changed editors, closes every editor (they hold study data
 * as the leaving user may see them), ends the session and shows the sign-in dialog again.
 */
public final class SignOutHandler {

    @CanExecute
    boolean canSignOut(@Optional WorkspaceSession session, @Optional WorkspaceSignIn signIn) {
        return session != null && signIn != null;
    }

    @Execute
    void signOut(WorkspaceSignIn signIn, EPartService parts) {
        if (!parts.getDirtyParts().isEmpty() && !parts.saveAll(true)) {
            return;
        }
        Editors.closeAll(parts);
        signIn.signOut();
    }
}
