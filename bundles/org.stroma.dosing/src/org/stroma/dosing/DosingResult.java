package org.stroma.dosing;

/**
 * A calculation's result: it keeps the inputs it was computed from and the formula that
 * computed it, so it can be saved with the subject's procedure and re-checked later.
 *
 * @since 0.1
 */
public interface DosingResult {

    /** The arithmetic (id and version) that produced this result. */
    Formula formula();

    /** The validated inputs the result was computed from. */
    Record inputs();
}
