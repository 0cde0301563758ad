package org.stroma.analysis.api;

/**
 * Thrown by an analysis that stopped because its {@link AnalysisProgress} was canceled.
 *
 * @since 1.0
 */
public class AnalysisCanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AnalysisCanceledException() {
        super("analysis canceled");
    }
}
