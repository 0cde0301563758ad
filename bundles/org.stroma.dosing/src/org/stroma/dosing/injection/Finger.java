package org.stroma.dosing.injection;

import java.util.EnumSet;
import java.util.Set;

/**
 * The digits of the hand, with the joints each has.
 *
 * @since 0.1
 */
public enum Finger {
    /** Digit 1. */
    THUMB("thumb"),
    /** Digit 2. */
    INDEX("index finger"),
    /** Digit 3. */
    MIDDLE("middle finger"),
    /** Digit 4. */
    RING("ring finger"),
    /** Digit 5. */
    LITTLE("little finger");

    private final String label;

    Finger(String label) {
        this.label = label;
    }

    /** Name used in site labels. */
    public String label() {
        return label;
    }

    /** The joints this digit has. */
    public Set<FingerJoint> joints() {
        return this == THUMB ? EnumSet.of(FingerJoint.MCP, FingerJoint.IP)
                : EnumSet.of(FingerJoint.MCP, FingerJoint.PIP, FingerJoint.DIP);
    }

    /** Fingers 2 to 5, those measured for finger circumference. */
    public static Set<Finger> secondToFifth() {
        return EnumSet.of(INDEX, MIDDLE, RING, LITTLE);
    }
}
