package org.stroma.reporting;

/** A rendering stopped at the user's request; nothing was written. */
public final class ReportCanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportCanceledException(String what) {
        super(what + " canceled; nothing was written");
    }
}
