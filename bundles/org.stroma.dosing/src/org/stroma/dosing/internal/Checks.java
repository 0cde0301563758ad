package org.stroma.dosing.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.measure.Quantity;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.ClinicalFormat;
import org.stroma.dosing.units.QuantityKind;

/** Refusals shared by the request records; each names the record component at fault. */
public final class Checks {

    private Checks() {
    }

    /** Refuses a missing value. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new DosingInputException(field, "is required");
        }
        return value;
    }

    /** Refuses text that is missing or blank. */
    public static String text(String field, String value) {
        if (required(field, value).isBlank()) {
            throw new DosingInputException(field, "must not be blank");
        }
        return value;
    }

    /** Refuses an amount that is missing, of another kind than {@code kinds}, or not above zero. */
    public static <Q extends Quantity<Q>> Quantity<Q> positive(String field, Quantity<Q> amount, QuantityKind... kinds) {
        ofKind(field, amount, kinds);
        // every dosing unit is a plain multiple of its system unit, so the sign survives conversion
        if (Decimals.of(amount.getValue()).signum() <= 0) {
            throw new DosingInputException(field, "must be greater than zero (got " + shown(amount) + ")");
        }
        return amount;
    }

    /** Refuses an amount that is missing or of another kind than {@code kinds}. */
    public static <Q extends Quantity<Q>> Quantity<Q> ofKind(String field, Quantity<Q> amount, QuantityKind... kinds) {
        required(field, amount);
        if (Arrays.stream(kinds).noneMatch(kind -> Amounts.is(amount, kind))) {
            String wanted = Arrays.stream(kinds).map(QuantityKind::description).collect(Collectors.joining(" or "));
            throw new DosingInputException(field, shown(amount) + " is " + QuantityKind.describe(amount.getUnit())
                    + "; " + wanted + " is needed");
        }
        return amount;
    }

    /** Refuses an amount that is missing, of another kind than {@code kinds}, or below zero. */
    public static <Q extends Quantity<Q>> Quantity<Q> notNegative(String field, Quantity<Q> amount, QuantityKind... kinds) {
        ofKind(field, amount, kinds);
        if (Decimals.of(amount.getValue()).signum() < 0) {
            throw new DosingInputException(field, "must not be negative (got " + shown(amount) + ")");
        }
        return amount;
    }

    /** Refuses a number that is missing or not above zero. */
    public static BigDecimal positive(String field, BigDecimal value) {
        if (required(field, value).signum() <= 0) {
            throw new DosingInputException(field, "must be greater than zero (got " + value.toPlainString() + ")");
        }
        return value;
    }

    /** Refuses a number that is missing or not above {@code bound}. */
    public static BigDecimal above(String field, BigDecimal value, BigDecimal bound) {
        if (required(field, value).compareTo(bound) <= 0) {
            throw new DosingInputException(field, "must be greater than " + bound.toPlainString() + " (got "
                    + value.toPlainString() + ")");
        }
        return value;
    }

    /** A share that cannot be zero, such as viability or a yield: more than 0 %, at most 100 %. */
    public static BigDecimal shareOfWhole(String field, BigDecimal percent) {
        if (required(field, percent).signum() <= 0 || percent.compareTo(Decimals.HUNDRED) > 0) {
            throw new DosingInputException(field, "must be more than 0 % and at most 100 % (got "
                    + percent.toPlainString() + " %)");
        }
        return percent;
    }

    /** A loss or tolerance: at least 0 %, less than 100 %. */
    public static BigDecimal lossOrTolerance(String field, BigDecimal percent) {
        if (required(field, percent).signum() < 0 || percent.compareTo(Decimals.HUNDRED) >= 0) {
            throw new DosingInputException(field, "must be at least 0 % and less than 100 % (got "
                    + percent.toPlainString() + " %)");
        }
        return percent;
    }

    /** Refuses a whole number below {@code minimum}. */
    public static int atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new DosingInputException(field, "must be at least " + minimum + " (got " + value + ")");
        }
        return value;
    }

    private static String shown(Quantity<?> amount) {
        return new ClinicalFormat().exact(amount);
    }
}
