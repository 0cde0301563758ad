package org.stroma.ui;

/** Event topics the workbench's parts talk on. */
public final class UiTopics {

    /** A text for the status line (a String). */
    public static final String STATUS = "org/stroma/ui/status";

    /** The study list changed or should be read again (no data). */
    public static final String STUDIES_CHANGED = "org/stroma/ui/studies/changed";

    private UiTopics() {
    }
}
