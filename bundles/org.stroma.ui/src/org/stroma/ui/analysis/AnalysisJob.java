package org.stroma.ui.analysis;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisCanceledException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.study.PreparedInput;

/**
 * Runs an analysis in a Job, its progress and cancellation passed through {@link MonitorProgress},
 * and hands how it ended to the UI thread: always once, even when a plugin's analysis fails in a
 * way no one expected, so the part never waits for a run that is over.
 */
final class AnalysisJob {

    /**
     * How a run ended: a result, or why there is none.
     *
     * @param result the result, or null
     * @param failure why there is no result (an {@link AnalysisCanceledException} when the user
     *        canceled), or null when it ended otherwise without one
     */
    record Ended(AnalysisResult result, RuntimeException failure) {
        boolean canceled() {
            return failure instanceof AnalysisCanceledException;
        }
    }

    private AnalysisJob() {
    }

    static Job start(Analysis<?> analysis, Record settings, PreparedInput input, Display display,
            Consumer<Ended> ended) {
        Job job = Job.create("Running " + analysis.name(), monitor -> {
            AnalysisResult result = null;
            RuntimeException failure = null;
            try {
                result = analysis.runWith(input.input(), settings, new MonitorProgress(monitor));
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                Ended end = new Ended(result, failure);
                if (!display.isDisposed()) display.asyncExec(() -> ended.accept(end));
            }
            return failure instanceof AnalysisCanceledException ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setPriority(Job.LONG);
        job.schedule();
        return job;
    }
}
