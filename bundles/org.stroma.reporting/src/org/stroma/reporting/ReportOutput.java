package org.stroma.reporting;

import java.util.Locale;

/** The formats a report is written in, each through its BIRT emitter. */
public enum ReportOutput {
    /** PDF with the report fonts embedded: the same pages on every machine. */
    PDF("pdf", "PDF document"),
    /** One HTML file with the report's images embedded. */
    HTML("html", "HTML page"),
    /** Word document (Office Open XML). */
    DOCX("docx", "Word document");

    private final String extension;
    private final String label;

    ReportOutput(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** File extension without the dot, also the name on the command line. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format named {@code name} ({@code pdf}, {@code html}, {@code docx}), any case. */
    public static ReportOutput named(String name) {
        for (ReportOutput output : values()) {
            if (output.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return output;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + name + "'; formats: pdf, html, docx"
                + " (XLSX: BIRT's spreadsheet emitter is not published on Maven Central)");
    }
}
