package org.stroma.analysis.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Progress reporting and cancellation for a running analysis, free of any Eclipse type so that
 * analyses run the same from a Job, the command line or a test. A UI adapts its progress
 * monitor to this interface.
 *
 * @since 1.0
 */
@ConsumerType
public interface AnalysisProgress {

    /** Starts a task of {@code totalWork} units (or unknown, if negative). */
    void begin(String task, int totalWork);

    /** Reports {@code work} more units done. */
    void worked(int work);

    /** True once the user asked to stop; analyses check it in long loops. */
    boolean isCanceled();

    /** @throws AnalysisCanceledException if {@link #isCanceled()} */
    default void checkCanceled() {
        if (isCanceled()) {
            throw new AnalysisCanceledException();
        }
    }

    /** Progress that goes nowhere and never cancels. */
    static AnalysisProgress none() {
        return new AnalysisProgress() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int work) {
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
    }
}
