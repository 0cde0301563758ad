package org.stroma.security;

/**
 * A refusal: the user may not do this, or the sign-in failed. Its message names the user and what
 * was refused, and never what the user may not see.
 *
 * @since 0.1
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
