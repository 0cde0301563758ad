package org.stroma.dosing.adsc;

/**
 * How a counted product compares with its target dose.
 *
 * @since 0.1
 */
public enum DoseVerdict {
    /** Below the target by more than the tolerance. */
    UNDER_DOSE,
    /** Within the tolerance of the target, edges included. */
    WITHIN_TOLERANCE,
    /** Above the target by more than the tolerance. */
    OVER_DOSE
}
