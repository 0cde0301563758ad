package org.stroma.dosing.units;

import javax.measure.Unit;
import javax.measure.format.MeasurementParseException;

import tech.units.indriya.format.SimpleUnitFormat;

/**
 * Indriya's {@link SimpleUnitFormat}, in a private instance (the shared default stays
 * untouched), taught the symbols clinicians write: {@code mL} and {@code L} (Indriya knows
 * {@code ml} and {@code l}), {@code µL}/{@code uL}, and {@code cells} for the unit one.
 */
final class UnitSymbols {

    private final SimpleUnitFormat format = SimpleUnitFormat.getNewInstance();

    UnitSymbols() {
        format.label(DosingUnits.MILLILITRE, "mL");
        format.alias(DosingUnits.MILLILITRE, "ml");
        format.label(DosingUnits.LITRE, "L");
        format.alias(DosingUnits.LITRE, "l");
        format.label(DosingUnits.MICROLITRE, "\u00B5L"); // micro sign
        format.alias(DosingUnits.MICROLITRE, "\u03BCL"); // Greek mu, what many keyboards give
        format.alias(DosingUnits.MICROLITRE, "uL");
        format.label(DosingUnits.CELLS, "cells");
        format.alias(DosingUnits.CELLS, "cell");
    }

    /**
     * Parses a whole unit expression such as {@code cells/mL}.
     *
     * @throws MeasurementParseException if any of it is not a known unit
     */
    Unit<?> parse(String text) {
        return format.parse(text);
    }

    /** The symbol shown after a number: {@code mL}, {@code cells/mL}, {@code cells/cm²}. */
    String symbol(Unit<?> unit) {
        if (QuantityKind.CELL_COUNT.matches(unit)) {
            return "cells";
        }
        String plain = format.format(unit);
        boolean perSomething = QuantityKind.CELLS_PER_VOLUME.matches(unit) || QuantityKind.CELLS_PER_MASS.matches(unit)
                || QuantityKind.CELLS_PER_AREA.matches(unit);
        // Indriya writes cells per mL as 1/mL
        if (perSomething && plain.startsWith("1/")) {
            return "cells/" + plain.substring(2);
        }
        return plain;
    }
}
