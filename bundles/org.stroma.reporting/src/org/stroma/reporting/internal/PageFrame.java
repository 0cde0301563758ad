package org.stroma.reporting.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What every page prints around the report: study, report name and version, when (UTC) and by
 * whom it was generated, and the synthetic-data mark. Designs read it through the app context
 * entry {@value #KEY}, e.g. {@code reportContext.getAppContext().get("stroma.page").study()}.
 */
public record PageFrame(String study, String report, String version, Instant generatedAt, String generatedBy,
        boolean synthetic) {

    public static final String KEY = "stroma.page";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** Study id and title, the title shortened to one line of the page header. */
    public static String studyLabel(String id, String title) {
        String label = title == null || title.isBlank() ? id : id + " - " + title;
        return label.length() <= 90 ? label : label.substring(0, 89).stripTrailing() + "\u2026";
    }

    /** "CONSORT Flow Diagram, version 1". */
    public String title() {
        return report + ", version " + version;
    }

    /** "Generated 2026-11-22 15:20:03 UTC by Dr Ana Ruiz (statistician)". */
    public String generated() {
        return "Generated " + UTC.format(generatedAt) + " by " + generatedBy;
    }

    /** The mark printed on every page of a report on demo data, empty otherwise. */
    public String syntheticMark() {
        return synthetic ? "SYNTHETIC DATA - not real patients, not for clinical or regulatory use" : "";
    }
}
