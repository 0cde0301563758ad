package org.stroma.dosing.svf;

/**
 * Which volume of a mix is known; the other two follow from the ratio.
 *
 * @since 0.1
 */
public enum MixBasis {
    /** The fat volume is known (e.g. the fat harvested). */
    FAT_VOLUME,
    /** The SVF suspension volume is known (e.g. what the device gave). */
    SVF_VOLUME,
    /** The volume of the finished mix is known (e.g. what the injection plan needs). */
    TOTAL_VOLUME
}
