package org.stroma.dosing.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import tech.units.indriya.function.RationalNumber;

/**
 * Decimal arithmetic for dosing. Inputs arrive as exact decimals (what the user typed), so sums
 * and products stay exact and tolerance edges compare exactly; only divisions round, to 16
 * significant digits.
 */
public final class Decimals {

    /** Precision for divisions: 16 significant digits, far beyond any count or pipette. */
    public static final MathContext CONTEXT = MathContext.DECIMAL64;

    /** One hundred, for percentages. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** The exact decimal value of a number Indriya hands back (it may narrow or use rationals). */
    public static BigDecimal of(Number number) {
        return switch (number) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case RationalNumber r -> r.isInteger() ? new BigDecimal(r.getDividend())
                    : new BigDecimal(r.getDividend()).divide(new BigDecimal(r.getDivisor()), CONTEXT);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> BigDecimal.valueOf(f.doubleValue());
            default -> new BigDecimal(number.toString());
        };
    }

    /** A percentage as a fraction, exactly (80 becomes 0.80). */
    public static BigDecimal fraction(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /** Divides, rounding to {@link #CONTEXT}. */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, CONTEXT);
    }

    /** The smallest whole number not below the value: cells and vessels come whole. */
    public static BigDecimal ceiling(BigDecimal value) {
        return value.setScale(0, RoundingMode.CEILING);
    }

    /** Base-2 logarithm (population doublings); double precision is ample for days of culture. */
    public static double log2(BigDecimal value) {
        return Math.log(value.doubleValue()) / Math.log(2);
    }
}
