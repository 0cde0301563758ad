package org.stroma.dosing;

import java.util.Objects;

/**
 * Input a calculation refuses. {@link #field()} is the name of the offending request record
 * component (e.g. {@code viabilityPercent}), so a form can show {@link #reason()} beside the right
 * field; the message is {@code field: reason}.
 *
 * @since 0.1
 */
public class DosingInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field  the request record component (or parser field) that is wrong
     * @param reason what is wrong, in the user's terms, e.g. "must be greater than 0 mL (got 0.0 mL)"
     */
    public DosingInputException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
        this.reason = reason;
    }

    /** The name of the field to blame. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name (for display beside the field). */
    public String reason() {
        return reason;
    }
}
