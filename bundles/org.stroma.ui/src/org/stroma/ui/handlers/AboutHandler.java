package org.stroma.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.stroma.core.ProductVersions;

import jakarta.inject.Named;

/** Help > About: the product and the versions of its main components. */
public final class AboutHandler {

    @Execute
    void about(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProductVersions versions) {
        new AboutDialog(shell, versions).open();
    }
}
