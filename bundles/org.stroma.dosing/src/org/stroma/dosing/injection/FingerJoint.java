package org.stroma.dosing.injection;

/**
 * Finger joints. The thumb has MCP and IP; fingers 2 to 5 have MCP, PIP and DIP.
 *
 * @since 0.1
 */
public enum FingerJoint {
    /** Metacarpophalangeal joint. */
    MCP,
    /** Proximal interphalangeal joint (fingers 2 to 5). */
    PIP,
    /** Distal interphalangeal joint (fingers 2 to 5). */
    DIP,
    /** Interphalangeal joint of the thumb. */
    IP
}
