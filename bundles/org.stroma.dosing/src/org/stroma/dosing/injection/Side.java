package org.stroma.dosing.injection;

/**
 * Body side of a site; hands are left or right, facial regions may also be midline.
 *
 * @since 0.1
 */
public enum Side {
    /** The subject's left. */
    LEFT("left"),
    /** The subject's right. */
    RIGHT("right"),
    /** On the midline (glabella, nose, chin). */
    MIDLINE("midline");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** Lower-case name used in site labels. */
    public String label() {
        return label;
    }
}
