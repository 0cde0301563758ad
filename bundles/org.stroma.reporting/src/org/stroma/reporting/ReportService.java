package org.stroma.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stroma.reporting.api.ReportDefinition;
import org.stroma.security.StudyAccess;

/**
 * The application's one report engine: the built-in reports and those contributed by plugins as
 * {@link ReportDefinition} services, rendered with BIRT.
 */
public interface ReportService {

    /** Every installed report, built-in first, then plugins' by name. */
    List<ReportDefinition> installed();

    default Optional<ReportDefinition> find(String name) {
        return installed().stream().filter(report -> report.name().equals(name)).findFirst();
    }

    /**
     * Collects the data of report {@code name} for {@code studyId} as the user of {@code access}
     * sees it and prepares its rendering.
     *
     * @throws IllegalArgumentException for an unknown report or study, or a missing parameter
     * @throws org.stroma.security.AccessDeniedException when the user may not produce the report
     */
    ReportRun prepare(StudyAccess access, String studyId, String name, Map<String, String> parameters);
}
