package org.stroma.dosing.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.internal.IndriyaRuntime;

/**
 * Shows amounts in the forms used on case report forms: counts and cell densities in
 * scientific notation with superscript powers ({@code 1.0 × 10⁷ cells},
 * {@code 5.0 × 10⁵ cells/mL}), everything else as a decimal with at least one decimal place and
 * three significant digits ({@code 20.0 mL}, {@code 0.25 mL}, {@code 13.3 mL}). Each kind of
 * amount is converted (by Indriya) to its {@linkplain QuantityKind#displayUnit() display unit}.
 * Output never depends on the computer's locale, and it parses back with {@link AmountParser}.
 *
 * @since 0.1
 */
public final class ClinicalFormat {

    private static final char[] SUPERSCRIPTS = {'\u2070', '\u00B9', '\u00B2', '\u00B3', '\u2074', '\u2075', '\u2076',
        '\u2077', '\u2078', '\u2079'};

    private final int scientificDigits;
    private final int decimalDigits;
    private final UnitSymbols symbols;

    /** Two significant digits in scientific notation, three in decimals. */
    public ClinicalFormat() {
        this(2, 3);
    }

    /**
     * @param scientificDigits significant digits of a mantissa ({@code 2} gives {@code 1.4 × 10⁷})
     * @param decimalDigits    significant digits of a decimal, which keeps at least one decimal
     *                         place ({@code 3} gives {@code 13.3}, {@code 0.25}, {@code 175.4})
     */
    public ClinicalFormat(int scientificDigits, int decimalDigits) {
        if (scientificDigits < 1 || decimalDigits < 1) {
            throw new IllegalArgumentException("significant digits must be at least 1");
        }
        IndriyaRuntime.prepare();
        this.scientificDigits = scientificDigits;
        this.decimalDigits = decimalDigits;
        this.symbols = new UnitSymbols();
    }

    /** An amount in its kind's display unit, e.g. {@code 20.0 mL} or {@code 1.0 × 10⁷ cells}. */
    public String format(Quantity<?> amount) {
        Unit<?> unit = displayUnit(amount.getUnit());
        BigDecimal value = Amounts.valueIn(amount, unit);
        boolean scientific = QuantityKind.of(unit).map(ClinicalFormat::isCellKind).orElse(false);
        return (scientific ? scientific(value) : decimal(value)) + " " + symbols.symbol(unit);
    }

    /** The value exactly as held, with its own unit; for messages that quote what was typed. */
    public String exact(Quantity<?> amount) {
        BigDecimal value = Decimals.of(amount.getValue()).stripTrailingZeros();
        return value.toPlainString() + " " + symbols.symbol(amount.getUnit());
    }

    /** The symbol written after a number in {@code unit}, e.g. {@code mL} or {@code cells/mL}. */
    public String symbol(Unit<?> unit) {
        return symbols.symbol(unit);
    }

    /** Scientific notation, e.g. {@code 1.4 × 10⁷}; zero is {@code 0}. */
    public String scientific(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(scientificDigits, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(scientificDigits - 1, RoundingMode.HALF_UP);
        return mantissa.toPlainString() + " \u00D7 10" + superscript(exponent);
    }

    /** A decimal with at least one decimal place, e.g. {@code 20.0}, {@code 0.25}, {@code 13.3}. */
    public String decimal(BigDecimal value) {
        if (value.signum() == 0) {
            return "0.0";
        }
        int magnitude = value.precision() - value.scale() - 1;
        int scale = Math.max(1, decimalDigits - 1 - magnitude);
        BigDecimal shown = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return (shown.scale() < 1 ? shown.setScale(1) : shown).toPlainString();
    }

    private static boolean isCellKind(QuantityKind kind) {
        return switch (kind) {
            case CELL_COUNT, CELLS_PER_VOLUME, CELLS_PER_MASS, CELLS_PER_AREA -> true;
            default -> false;
        };
    }

    private static Unit<?> displayUnit(Unit<?> unit) {
        // days stay days: "9.0 d" reads better than "216.0 h"
        if (QuantityKind.DURATION.matches(unit) && unit.equals(DosingUnits.DAY)) {
            return DosingUnits.DAY;
        }
        Optional<QuantityKind> kind = QuantityKind.of(unit);
        return kind.isPresent() ? kind.get().displayUnit() : unit;
    }

    private static String superscript(int exponent) {
        StringBuilder text = new StringBuilder();
        if (exponent < 0) {
            text.append('\u207B');
        }
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPTS[digit - '0']);
        }
        return text.toString();
    }
}
