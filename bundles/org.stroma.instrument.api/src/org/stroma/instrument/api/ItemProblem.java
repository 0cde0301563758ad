package org.stroma.instrument.api;

import java.util.Objects;

/**
 * One reason a set of item values cannot be scored.
 *
 * @param code    the item concerned; empty when the problem is about the form as a whole
 * @param message a sentence naming the instrument, the item, the value and what is allowed
 * @since 1.0
 */
public record ItemProblem(String code, String message) {

    public ItemProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with one item: {@code mRSS item "face": <detail>}. */
    public static ItemProblem about(Instrument instrument, String code, String detail) {
        return new ItemProblem(code, instrument.shortName() + " item \"" + code + "\": " + detail);
    }

    /** A value outside its range: {@code mRSS item "face": 4 is outside 0-3}. */
    public static ItemProblem outOfRange(Instrument instrument, String code, double value, double min, double max) {
        return about(instrument, code, NumberText.of(value) + " is outside " + NumberText.range(min, max));
    }

    /** A value that must be strictly greater than a bound, e.g. a volume that is divided by. */
    public static ItemProblem notAbove(Instrument instrument, String code, double value, double bound) {
        return about(instrument, code, NumberText.of(value) + " must be greater than " + NumberText.of(bound));
    }

    /** A problem with the form as a whole, e.g. "record at least one day". */
    public static ItemProblem ofForm(Instrument instrument, String detail) {
        return new ItemProblem("", instrument.shortName() + ": " + detail);
    }
}
