package org.stroma.dosing.injection;

/**
 * Side of a finger joint, named anatomically so that it does not depend on the hand.
 *
 * @since 0.1
 */
public enum JointSide {
    /** Towards the thumb. */
    RADIAL("radial"),
    /** Towards the little finger. */
    ULNAR("ulnar");

    private final String label;

    JointSide(String label) {
        this.label = label;
    }

    /** Lower-case name used in site labels. */
    public String label() {
        return label;
    }
}
