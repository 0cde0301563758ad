package org.stroma.dosing.units;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.IndriyaRuntime;

/**
 * Reads amounts with units such as {@code 20 mL}, {@code 0.02 L}, {@code 5 x 10^5 cells/mL},
 * {@code 2.5×10⁴ cells/cm²} or {@code 36 h}. The number follows {@link ClinicalNumberParser};
 * the unit is parsed by Indriya's {@code SimpleUnitFormat}, which also knows {@code mL},
 * {@code L}, {@code µL}/{@code uL} and {@code cells}. Also accepted: {@code cm2} for
 * {@code cm²}, and {@code 5 x 10^5/mL} for cells per mL. A number without a unit is a count
 * (unit one), unless the caller names the unit a field shows beside it.
 *
 * <p>The unit must be one unit or one unit per another ({@code mL}, {@code cells/cm²},
 * {@code g/mL}), or {@code %} alone. Anything more is refused before Indriya sees it: its parser
 * is lenient ({@code cells//mL} reads as mL, {@code cells/mL/g} as g/mL), which a dosing field
 * must not be. {@code cc} is not accepted; write mL.
 *
 * <p>Not documented as thread-safe (Indriya's formats are not); use one per form or thread.
 *
 * @since 0.1
 */
public final class AmountParser {

    private static final String UNIT_ATOM = "[A-Za-z\u00B5\u03BC]+(?:\\^[23]|[\u00B2\u00B3])?";
    /** Where a digit or superscript after a unit symbol is its power: right after a letter. */
    private static final String POWER_AFTER_SYMBOL = "(?<=[A-Za-z\u00B5\u03BC])";
    private static final Pattern SIMPLE_UNIT = Pattern.compile("%|" + UNIT_ATOM + "(?:\\s*/\\s*" + UNIT_ATOM + ")?");

    private final ClinicalNumberParser numbers = new ClinicalNumberParser();
    private final UnitSymbols symbols;

    /** A parser with its own unit format. */
    public AmountParser() {
        IndriyaRuntime.prepare();
        symbols = new UnitSymbols();
    }

    /**
     * Parses a number with a unit; a bare number is a count (unit one).
     *
     * @throws DosingInputException naming {@code field} if the number or unit is not readable
     */
    public Quantity<?> parse(String field, String text) {
        return parse(field, text, DosingUnits.CELLS);
    }

    /**
     * Parses a number with an optional unit.
     *
     * @param unitIfOmitted the unit a bare number is taken in, e.g. the mL shown beside a field
     * @throws DosingInputException naming {@code field} if the number or unit is not readable
     */
    public Quantity<?> parse(String field, String text, Unit<?> unitIfOmitted) {
        ClinicalNumberParser.Leading leading = numbers.parseLeading(field, text);
        if (leading.rest().isEmpty()) {
            return Amounts.ofUnit(leading.value(), unitIfOmitted);
        }
        return Amounts.ofUnit(leading.value(), unit(field, text, leading.rest()));
    }

    /**
     * Parses an amount that must be of one of {@code kinds}.
     *
     * @throws DosingInputException if it is unreadable or measures something else
     */
    public Quantity<?> parse(String field, String text, QuantityKind... kinds) {
        ClinicalNumberParser.Leading leading = numbers.parseLeading(field, text);
        boolean countWanted = Arrays.asList(kinds).contains(QuantityKind.CELL_COUNT);
        Unit<?> unit = leading.rest().isEmpty() ? DosingUnits.CELLS : unit(field, text, leading.rest());
        if (Arrays.stream(kinds).noneMatch(kind -> kind.matches(unit))) {
            String wanted = Arrays.stream(kinds)
                    .map(kind -> kind.description() + " (" + symbols.symbol(kind.displayUnit()) + ")")
                    .collect(Collectors.joining(" or "));
            String typed = "'" + text.strip() + "'";
            String is = leading.rest().isEmpty() && !countWanted ? "has no unit"
                    : "is " + QuantityKind.describe(unit);
            throw new DosingInputException(field, typed + " " + is + "; " + wanted + " is needed");
        }
        return Amounts.ofUnit(leading.value(), unit);
    }

    /** Parses a volume; the unit must be typed ({@code 20 mL}, {@code 0.02 L}). */
    @SuppressWarnings("unchecked")
    public Quantity<Volume> volume(String field, String text) {
        return (Quantity<Volume>) parse(field, text, QuantityKind.VOLUME);
    }

    /** Parses a cell count; {@code cells} may be written or left out ({@code 1.0 × 10⁷ cells}). */
    @SuppressWarnings("unchecked")
    public Quantity<Dimensionless> cells(String field, String text) {
        return (Quantity<Dimensionless>) parse(field, text, QuantityKind.CELL_COUNT);
    }

    /** Parses a duration; the unit must be typed ({@code 36 h}, {@code 1.5 d}). */
    @SuppressWarnings("unchecked")
    public Quantity<Time> duration(String field, String text) {
        return (Quantity<Time>) parse(field, text, QuantityKind.DURATION);
    }

    /** Parses a percentage, with or without the sign: {@code 80}, {@code 80 %}, {@code 80%}. */
    public BigDecimal percent(String field, String text) {
        ClinicalNumberParser.Leading leading = numbers.parseLeading(field, text);
        if (!leading.rest().isEmpty() && !leading.rest().equals("%")) {
            throw new DosingInputException(field, "'" + text + "' is not a percentage; write e.g. 80 or 80 %");
        }
        return leading.value();
    }

    /** Parses a plain number without unit, e.g. a split ratio or parts of a mix. */
    public BigDecimal number(String field, String text) {
        return numbers.parse(field, text);
    }

    private Unit<?> unit(String field, String text, String written) {
        String expression = written.startsWith("/") ? "cells" + written : written;
        // A power written as a digit or superscript (cm2, cm², mm3) is written out as ^2 or ^3 before
        // Indriya reads it: its parser takes "cm²" as centi-(square metre), 100 times too large
        // (and "mm³" as milli-(cubic metre)), while it reads "cm^2" as the square of a centimetre
        expression = expression.replaceAll(POWER_AFTER_SYMBOL + "[2\u00B2](?![0-9])", "^2")
                .replaceAll(POWER_AFTER_SYMBOL + "[3\u00B3](?![0-9])", "^3");
        // Indriya's parser is lenient beyond what dosing needs (it reads "cells//mL" as mL and
        // "cells/mL/g" as g/mL), so only one unit, or one unit per another, reaches it
        if (!SIMPLE_UNIT.matcher(expression).matches()) {
            throw new DosingInputException(field, "'" + written + "' in '" + text + "' is not a unit this field knows"
                    + " (write one unit, or one unit per another: mL, L, g, cells/mL, cells/cm\u00B2, h, d)");
        }
        try {
            return symbols.parse(expression);
        } catch (MeasurementParseException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new DosingInputException(field, "'" + written + "' in '" + text + "' is not a unit this field knows"
                    + " (e.g. mL, L, g, cells/mL, cells/cm\u00B2, h, d)");
        }
    }
}
