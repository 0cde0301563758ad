package org.stroma.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Runs a call that reads or writes the database in a Job, off the UI thread, and hands its
 * result or its failure back on the UI thread: what a dialog does when the user presses OK and
 * the answer is not known at once (a password hash, a sign-in, a signature).
 */
public final class InBackground {

    private InBackground() {
    }

    /**
     * @param done   runs on the UI thread with the result, unless the display is gone
     * @param failed runs on the UI thread with the failure, unless the display is gone
     */
    public static <T> Job run(String name, Display display, Callable<T> work, Consumer<T> done,
            Consumer<Exception> failed) {
        return run(name, display, null, work, done, failed);
    }

    /** As {@link #run(String, Display, Callable, Consumer, Consumer)}, under a scheduling rule. */
    public static <T> Job run(String name, Display display, ISchedulingRule rule, Callable<T> work,
            Consumer<T> done, Consumer<Exception> failed) {
        Job job = Job.create(name, monitor -> {
            try {
                T result = work.call();
                inUi(display, () -> done.accept(result));
            } catch (Exception e) {
                inUi(display, () -> failed.accept(e));
            }
            return Status.OK_STATUS;
        });
        job.setRule(rule);
        job.setPriority(Job.SHORT);
        job.schedule();
        return job;
    }

    private static void inUi(Display display, Runnable task) {
        if (!display.isDisposed()) {
            display.asyncExec(task);
        }
    }
}
