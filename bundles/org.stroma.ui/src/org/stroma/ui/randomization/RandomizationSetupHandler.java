package org.stroma.ui.randomization;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.stroma.security.Permission;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.inject.Named;

/**
 * Study &gt; Randomization Setup...: the wizard on the study selected in the explorer (or the one
 * chosen in it), for those who plan randomization: the unblinded statistician and the
 * administrator.
 */
public final class RandomizationSetupHandler {

    @CanExecute
    boolean canPlan(@Optional WorkspaceSession session) {
        return session != null && session.can(Permission.PLAN_RANDOMIZATION);
    }

    @Execute
    void open(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkspaceSession session, IEventBroker events,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        RandomizationSetupWizard wizard = new RandomizationSetupWizard(session,
                StudySelection.idOf(selection).orElse(null), status -> events.post(UiTopics.STATUS, status));
        new RandomizationSetupDialog(shell, wizard).open();
    }
}
