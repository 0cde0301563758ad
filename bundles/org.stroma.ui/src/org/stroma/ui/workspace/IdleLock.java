package org.stroma.ui.workspace;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Notices when nobody has used the workbench for the idle time of the security policy: Display
 * filters note every key, click, mouse move and selection, and a timer checks once a second how
 * long ago the last one was. The system property {@value #TIMEOUT_PROPERTY} (seconds) replaces
 * the policy's time; it is read at every check, so a test can shorten it while running.
 */
final class IdleLock {

    static final String TIMEOUT_PROPERTY = "stroma.idleTimeoutSeconds";

    private static final int CHECK_MILLIS = 1000;
    private static final int[] INPUT = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel, SWT.Selection,
            SWT.DefaultSelection, SWT.Expand };

    private final Display display;
    private final Duration standard;
    private final Runnable idle;
    private final Listener input = event -> lastInput = System.nanoTime();
    private final Runnable check = this::check;
    private volatile long lastInput;
    private boolean watching;

    /** @param idle runs on the UI thread once the idle time has passed; watching stops then */
    IdleLock(Display display, Duration standard, Runnable idle) {
        this.display = display;
        this.standard = standard;
        this.idle = idle;
    }

    void start() {
        if (watching || display.isDisposed()) {
            return;
        }
        watching = true;
        lastInput = System.nanoTime();
        for (int type : INPUT) {
            display.addFilter(type, input);
        }
        display.timerExec(CHECK_MILLIS, check);
    }

    void stop() {
        if (!watching) {
            return;
        }
        watching = false;
        if (!display.isDisposed()) {
            for (int type : INPUT) {
                display.removeFilter(type, input);
            }
            display.timerExec(-1, check);
        }
    }

    private void check() {
        if (!watching || display.isDisposed()) {
            return;
        }
        if (System.nanoTime() - lastInput >= timeout().toNanos()) {
            stop();
            idle.run();
        } else {
            display.timerExec(CHECK_MILLIS, check);
        }
    }

    /** The policy's idle time, or the one the system property gives. */
    Duration timeout() {
        String seconds = System.getProperty(TIMEOUT_PROPERTY, "").strip();
        if (!seconds.isEmpty()) {
            try {
                long value = Long.parseLong(seconds);
                if (value > 0) {
                    return Duration.ofSeconds(value);
                }
            } catch (NumberFormatException e) {
                // an unreadable override leaves the policy's time
            }
        }
        return standard;
    }
}
