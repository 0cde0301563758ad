package org.stroma.analysis.api;

/**
 * Input or settings an analysis refuses. The message names what is wrong in the user's terms,
 * e.g. "group 'SVF' has 1 value; at least 2 are needed".
 *
 * @since 1.0
 */
public class AnalysisInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AnalysisInputException(String message) {
        super(message);
    }
}
