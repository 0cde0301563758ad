package org.stroma.ui;

/** Event topics the workbench's parts talk on. */
public final class UiTopics {

    /** A text for the status line (a String). */
    public static final String STATUS = "org/stroma/ui/status";

    /** The study list changed or should be read again (no data). */
    public static final String STUDIES_CHANGED = "org/stroma/ui/studies/changed";

    /** Records of a study were saved (data: the study id), so views showing them read them again. */
    public static final String RECORDS_SAVED = "org/stroma/ui/records/saved";

    private UiTopics() {
    }
}
