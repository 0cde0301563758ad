package org.stroma.ui.workspace;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.event.Event;
import org.stroma.demo.DemoDatabase;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.UiTopics;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Opens the workspace's study database in a Job when the workbench starts, so the window
 * shows at once, and closes it when the workbench ends. A new workspace gets the demo
 * studies, so the first start has a study to open.
 */
public final class StudyDatabaseAddon {

    /** The key under which E4Application puts the {@code -data} location into the context. */
    private static final String INSTANCE_LOCATION = "instanceLocation";

    @Inject
    private IEclipseContext context;

    @Inject
    private StudyStore store;

    @Inject
    private UISynchronize sync;

    @Inject
    private IEventBroker events;

    private volatile StudyDatabase database;

    @Inject
    @Named(INSTANCE_LOCATION)
    private Location instanceLocation;

    /**
     * Starts opening once the window is up: on a two-core laptop, Derby's boot would
     * otherwise compete with drawing the first window.
     */
    @Inject
    @Optional
    void windowShown(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        if (database == null) {
            open();
        }
    }

    private void open() {
        Path folder;
        try {
            folder = workspaceFolder(instanceLocation);
        } catch (IllegalStateException e) {
            events.post(UiTopics.STATUS, e.getMessage());
            return;
        }
        Job job = Job.create("Opening study database", monitor -> {
            boolean created = !store.exists(folder);
            try {
                StudyDatabase opened = store.open(folder);
                if (created) {
                    DemoDatabase.fill(opened);
                }
                database = opened;
                sync.asyncExec(() -> {
                    context.set(OpenedWorkspace.class, new OpenedWorkspace(opened, created));
                    events.post(UiTopics.STATUS, created ? "New study database, demo studies added" : "Study database open");
                });
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                events.post(UiTopics.STATUS, "Cannot open the study database: " + e.getMessage());
                return Status.error("Cannot open the study database in " + folder + ": " + e.getMessage(), e);
            }
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    @PreDestroy
    void close() {
        StudyDatabase opened = database;
        if (opened != null) {
            opened.close();
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
