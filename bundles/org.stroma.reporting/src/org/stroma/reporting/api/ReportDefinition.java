package org.stroma.reporting.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A report, registered as an OSGi service of this type: the built-in reports and those of
 * third-party plugins are found the same way.
 *
 * <p>The design is a BIRT {@code .rptdesign} file shipped in the contributing bundle. Each
 * scripted data set in it reads the {@link ReportTable} of the same name from the
 * {@link ReportData} that {@link #collect} returns; the design never opens the database.
 */
@ConsumerType
public interface ReportDefinition {

    /** Stable name, used on the command line: {@code consort}, {@code casebook}, ... */
    String name();

    /** Title printed on every page, e.g. "CONSORT Flow Diagram". */
    String title();

    /** Version of the design and its data; printed on every page. */
    String version();

    /** One sentence on what the report shows. */
    String description();

    /** Parameters the report needs besides the study. */
    default Set<ReportParameter> parameters() {
        return Set.of();
    }

    /** Whether the report may only be produced by users unblinded in the study. */
    default boolean unblindedOnly() {
        return false;
    }

    /** Opens the {@code .rptdesign}. */
    InputStream openDesign() throws IOException;

    /**
     * Collects the tables the design reads.
     *
     * @throws IllegalArgumentException when a parameter is missing or names nothing in the study
     * @throws org.stroma.security.AccessDeniedException when the user may not see the data
     */
    ReportData collect(ReportRequest request);
}
