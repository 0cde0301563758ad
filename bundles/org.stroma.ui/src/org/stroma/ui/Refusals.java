package org.stroma.ui;

import org.stroma.security.AccessDeniedException;
import org.stroma.store.StoreException;

/**
 * What the user reads when the store or the access control refuses something: their message,
 * which names what was refused and why, rather than an exception's class and stack.
 */
public final class Refusals {

    private Refusals() {
    }

    public static String message(Throwable failure) {
        String text = failure.getMessage() == null || failure.getMessage().isBlank() ? failure.toString()
                : failure.getMessage();
        return switch (failure) {
            case AccessDeniedException denied -> "Refused: " + text;
            case StoreException store -> text;
            case IllegalArgumentException wrongInput -> text;
            case IllegalStateException wrongState -> text;
            default -> "Unexpected failure: " + failure;
        };
    }

    /** Whether {@code failure} is a refusal the user can act on, not a fault of the program. */
    public static boolean isRefusal(Throwable failure) {
        return failure instanceof AccessDeniedException || failure instanceof StoreException
                || failure instanceof IllegalArgumentException || failure instanceof IllegalStateException;
    }
}
