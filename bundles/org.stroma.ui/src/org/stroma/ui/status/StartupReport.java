package org.stroma.ui.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * For the startup benchmark ({@code ./bench startup}): when the system property
 * {@value #PROPERTY} names a file, writes the wall-clock time in milliseconds at which the
 * window is up and the event loop is free to answer the user. Does nothing otherwise.
 */
public final class StartupReport {

    static final String PROPERTY = "stroma.startup.report";

    @Inject
    private UISynchronize sync;

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        // Queued behind whatever the startup left pending: it runs once the UI is responsive.
        sync.asyncExec(() -> {
            try {
                Files.writeString(Path.of(file), Long.toString(System.currentTimeMillis()));
            } catch (IOException e) {
                System.err.println("stroma: cannot write the startup report " + file + ": " + e.getMessage());
            }
        });
    }
}
