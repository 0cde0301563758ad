package org.stroma.security;

/**
 * A randomization that may not happen, with the reason in words. Nothing is allocated; the
 * refusal itself is in the audit trail.
 *
 * @since 0.1
 */
public class AllocationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AllocationRefusedException(String message) {
        super(message);
    }
}
