package org.stroma.ui.workspace;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;
import org.stroma.security.AccessControl;
import org.stroma.store.StudyStore;
import org.stroma.ui.UiTopics;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The workspace's study database for the workbench's lifetime: once the window is up, makes
 * the demo database in a new workspace (encrypted with the demo's key, with the demo accounts)
 * and asks the user to sign in ({@link WorkspaceSignIn}, put into the application context for
 * the Sign Out command); records the end of the session and closes the database when the
 * workbench ends.
 */
public final class StudyDatabaseAddon {

    /** The key under which E4Application puts the {@code -data} location into the context. */
    private static final String INSTANCE_LOCATION = "instanceLocation";

    @Inject
    private IEclipseContext context;

    @Inject
    private StudyStore store;

    @Inject
    private AccessControl control;

    @Inject
    private IEventBroker events;

    @Inject
    private MApplication application;

    @Inject
    @Named(INSTANCE_LOCATION)
    private Location instanceLocation;

    private WorkspaceSignIn signIn;

    /**
     * Starts once the window is up: on a two-core laptop, Derby's boot would otherwise compete
     * with drawing the first window. The sign-in dialog comes in an asyncExec, never blocking
     * the startup.
     */
    @Inject
    @Optional
    void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        if (signIn != null) {
            return;
        }
        Path folder;
        try {
            folder = workspaceFolder(instanceLocation);
        } catch (IllegalStateException e) {
            events.post(UiTopics.STATUS, e.getMessage());
            return;
        }
        signIn = new WorkspaceSignIn(folder, store, control, context, events, Display.getCurrent(), this::window);
        context.set(WorkspaceSignIn.class, signIn);
        signIn.start();
    }

    /** The main window's shell, the parent of the sign-in dialog. */
    private Shell window() {
        MWindow main = application.getChildren().isEmpty() ? null : application.getChildren().get(0);
        return main != null && main.getWidget() instanceof Shell shell ? shell : Display.getCurrent().getActiveShell();
    }

    @PreDestroy
    void close() {
        if (signIn != null) {
            signIn.close();
        }
    }

    private static Path workspaceFolder(Location location) {
        if (location == null || location.getURL() == null) {
            throw new IllegalStateException("No workspace folder: start the workbench with -data DIR");
        }
        try {
            return Path.of(location.getURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Equinox hands out file: URLs whose paths are not always escaped (spaces).
            return Path.of(location.getURL().getPath());
        }
    }
}
