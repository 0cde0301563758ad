package org.stroma.dosing.internal;

import java.math.BigDecimal;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.stroma.dosing.units.Amounts;

/**
 * Dimension analysis by Indriya: an amount is read in a target unit directly, or through a
 * tissue density when it is per gram where per mL is needed (or the other way round). Whether
 * to multiply or divide by the density is decided by which result has the target's dimension,
 * never by a hand-written factor.
 */
public final class CellArithmetic {

    private CellArithmetic() {
    }

    /**
     * The value of {@code amount} in {@code target}, using {@code density} if the dimensions need
     * it; empty if even the density does not make them match.
     */
    public static Optional<BigDecimal> valueIn(Quantity<?> amount, Unit<?> target, Optional<Quantity<?>> density) {
        if (amount.getUnit().isCompatible(target)) {
            return Optional.of(Amounts.valueIn(amount, target));
        }
        if (density.isPresent()) {
            Quantity<?> times = amount.multiply(density.get());
            if (times.getUnit().isCompatible(target)) {
                return Optional.of(Amounts.valueIn(times, target));
            }
            Quantity<?> over = amount.divide(density.get());
            if (over.getUnit().isCompatible(target)) {
                return Optional.of(Amounts.valueIn(over, target));
            }
        }
        return Optional.empty();
    }

    /** {@code perAmount × amount} in {@code target}, through {@code density} if needed. */
    public static Optional<BigDecimal> product(Quantity<?> perAmount, Quantity<?> amount, Unit<?> target,
            Optional<Quantity<?>> density) {
        return valueIn(perAmount.multiply(amount), target, density);
    }
}
