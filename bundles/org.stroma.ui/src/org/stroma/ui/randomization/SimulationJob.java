package org.stroma.ui.randomization;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.SchemeDiagnostics;
import org.stroma.randomization.SchemeSimulation;
import org.stroma.randomization.SimulatedPopulation;

/**
 * Simulates schemes one after the other in a Job, on the same simulated subjects and seed so they
 * can be compared, reporting the per cent done to the UI thread and stopping at the next trial
 * when the Job is cancelled (from the page, or from the progress indicator).
 */
final class SimulationJob {

    private SimulationJob() {
    }

    /**
     * @param progress told the per cent done, on the UI thread, each time it changes
     * @param done     given the diagnostics in the order of the schemes, on the UI thread
     * @param failed   told why there are none, on the UI thread (a {@link CancellationException}
     *                 when cancelled)
     */
    static Job start(List<RandomizationScheme> schemes, SimulatedPopulation population, int plannedSubjects, int trials,
            long seed, Display display, IntConsumer progress, Consumer<List<SchemeDiagnostics>> done,
            Consumer<Exception> failed) {
        Job job = Job.create("Simulating " + schemes.size() + " randomization schemes", monitor -> {
            SubMonitor work = SubMonitor.convert(monitor, "Simulating " + trials + " trials of " + plannedSubjects
                    + " subjects", schemes.size() * trials);
            int[] shown = {-1};
            try {
                List<SchemeDiagnostics> results = new ArrayList<>();
                for (int s = 0; s < schemes.size(); s++) {
                    RandomizationScheme scheme = schemes.get(s);
                    work.subTask(scheme.summary());
                    int before = s * trials;
                    results.add(SchemeSimulation.simulate(scheme, population, plannedSubjects, trials, seed, trial -> {
                        work.worked(1);
                        int percent = (int) (100L * (before + trial) / ((long) schemes.size() * trials));
                        if (percent != shown[0]) {
                            shown[0] = percent;
                            inUi(display, () -> progress.accept(percent));
                        }
                        return !work.isCanceled();
                    }));
                }
                inUi(display, () -> done.accept(List.copyOf(results)));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                inUi(display, () -> failed.accept(e));
                return e instanceof CancellationException ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }
        });
        job.setPriority(Job.LONG);
        job.schedule();
        return job;
    }

    private static void inUi(Display display, Runnable task) {
        if (!display.isDisposed()) {
            display.asyncExec(task);
        }
    }
}
