package org.stroma.ui.analysis;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.stroma.analysis.api.AnalysisProgress;

/**
 * An analysis's progress reported to the Job running it, and the Job's cancellation (Cancel in
 * the part, or in the progress indicator) passed to the analysis, which stops at its next check.
 */
final class MonitorProgress implements AnalysisProgress {

    private final SubMonitor monitor;

    MonitorProgress(IProgressMonitor monitor) {
        this.monitor = SubMonitor.convert(monitor);
    }

    @Override
    public void begin(String task, int totalWork) {
        monitor.setTaskName(task);
        monitor.setWorkRemaining(Math.max(0, totalWork));
    }

    @Override
    public void worked(int work) {
        monitor.worked(work);
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled();
    }
}
