package org.stroma.dosing.units;

import java.math.BigDecimal;

import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.UnconvertibleException;
import javax.measure.UnitConverter;
import javax.measure.quantity.Dimensionless;

import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.internal.IndriyaRuntime;

import tech.units.indriya.quantity.Quantities;

/**
 * Creating amounts and reading them back as exact decimals in a chosen unit. Conversion is
 * Indriya's ({@link Unit#getConverterToAny}); nothing here multiplies by hand-written factors.
 *
 * @since 0.1
 */
public final class Amounts {

    static {
        IndriyaRuntime.prepare();
    }

    private Amounts() {
    }

    /** An amount of {@code value} in {@code unit}. */
    public static <Q extends Quantity<Q>> Quantity<Q> of(BigDecimal value, Unit<Q> unit) {
        return Quantities.getQuantity(value, unit);
    }

    /** An amount of {@code value} (a plain decimal such as {@code "0.5"}) in {@code unit}. */
    public static <Q extends Quantity<Q>> Quantity<Q> of(String value, Unit<Q> unit) {
        return of(new BigDecimal(value), unit);
    }

    /** An amount in a unit whose quantity type is not known statically, e.g. cells/mL. */
    public static Quantity<?> ofUnit(BigDecimal value, Unit<?> unit) {
        return capture(value, unit);
    }

    /** Cells as a count. */
    public static Quantity<Dimensionless> cells(BigDecimal count) {
        return of(count, DosingUnits.CELLS);
    }

    /**
     * The value of {@code amount} in {@code unit}, exactly where the conversion allows.
     *
     * @throws IllegalArgumentException if the two measure different things
     */
    public static BigDecimal valueIn(Quantity<?> amount, Unit<?> unit) {
        return Decimals.of(converter(amount.getUnit(), unit).convert(amount.getValue()));
    }

    /** Whether {@code amount} is of {@code kind}. */
    public static boolean is(Quantity<?> amount, QuantityKind kind) {
        return kind.matches(amount.getUnit());
    }

    static UnitConverter converter(Unit<?> from, Unit<?> to) {
        try {
            return from.getConverterToAny(to);
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new IllegalArgumentException(from + " cannot be converted to " + to, e);
        }
    }

    private static <Q extends Quantity<Q>> Quantity<Q> capture(BigDecimal value, Unit<Q> unit) {
        return Quantities.getQuantity(value, unit);
    }
}
