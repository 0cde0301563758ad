package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

/** Study > Refresh Study Explorer (F5): reads the study list again from the database. */
public final class RefreshExplorerHandler {

    @CanExecute
    boolean canRefresh(@Optional WorkspaceSession session) {
        return session != null;
    }

    @Execute
    void refresh(IEventBroker events) {
        events.send(UiTopics.STUDIES_CHANGED, Boolean.TRUE);
    }
}
