package org.stroma.reporting;

import java.io.IOException;
import java.nio.file.Path;

/** One prepared rendering of a report: data collected, ready to be written in any format. */
public interface ReportRun {

    /** Report name and study, e.g. "consort for SSc-HAND-RCT". */
    String describe();

    /**
     * Writes the report to {@code file}: the file appears complete or not at all (a partial
     * rendering is removed). The generation is recorded in the audit trail.
     *
     * @throws ReportCanceledException when {@link #cancel()} stopped it
     * @throws IOException when the file cannot be written
     */
    void writeTo(Path file, ReportOutput output) throws IOException;

    /** Asks a running {@link #writeTo} to stop; harmless when nothing runs. */
    void cancel();
}
