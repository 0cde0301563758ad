package org.stroma.dosing.svf;

/**
 * What a target cell concentration is per.
 *
 * @since 0.1
 */
public enum ConcentrationBasis {
    /** Cells per mL of the finished mix (SVF suspension + fat). */
    PER_MILLILITRE_OF_MIX,
    /** Cells per mL of fat, the form ADSC doses are written in (5 x 10^5 cells/mL of fat). */
    PER_MILLILITRE_OF_FAT
}
