package org.stroma.reporting;

/** BIRT could not render a design; the message names the report and BIRT's errors. */
public final class ReportFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
