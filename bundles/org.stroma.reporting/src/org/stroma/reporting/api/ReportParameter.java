package org.stroma.reporting.api;

/** A parameter a report asks for beyond the study, e.g. the subject of a casebook. */
public enum ReportParameter {
    /** Subject id, e.g. {@code "SSc-FG-001-012"}. */
    SUBJECT("subject", "Subject"),
    /** Procedure id within the subject. */
    PROCEDURE("procedure", "Procedure"),
    /** User name the audit trail is filtered to. */
    USER("by", "User"),
    /** First day (ISO date, UTC) of a date range. */
    FROM("from", "From (yyyy-mm-dd)"),
    /** Last day (ISO date, UTC) of a date range, inclusive. */
    TO("to", "To (yyyy-mm-dd)");

    private final String key;
    private final String label;

    ReportParameter(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used on the command line ({@code --subject}) and in {@link ReportRequest#parameters()}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
