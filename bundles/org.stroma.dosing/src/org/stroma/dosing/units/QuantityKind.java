package org.stroma.dosing.units;

import java.util.Arrays;
import java.util.Optional;

import javax.measure.Unit;

/**
 * The kinds of amount dosing deals with, told apart by dimension (Indriya's compatibility
 * check), each with the unit results are shown in.
 *
 * @since 0.1
 */
public enum QuantityKind {
    /** A number of cells (unit one; a percentage is not a count). */
    CELL_COUNT("a cell count", DosingUnits.CELLS),
    /** A volume, shown in mL. */
    VOLUME("a volume", DosingUnits.MILLILITRE),
    /** A mass, shown in g. */
    MASS("a mass", DosingUnits.GRAM),
    /** A growth area, shown in cm². */
    AREA("an area", DosingUnits.SQUARE_CENTIMETRE),
    /** A duration, shown in h. */
    DURATION("a duration", DosingUnits.HOUR),
    /** Cells per volume, shown in cells/mL. */
    CELLS_PER_VOLUME("cells per volume", DosingUnits.CELLS_PER_MILLILITRE),
    /** Cells per mass, shown in cells/g. */
    CELLS_PER_MASS("cells per mass", DosingUnits.CELLS_PER_GRAM),
    /** Cells per growth area, shown in cells/cm². */
    CELLS_PER_AREA("cells per area", DosingUnits.CELLS_PER_SQUARE_CENTIMETRE),
    /** Mass per volume (density), shown in g/mL. */
    DENSITY("a density", DosingUnits.GRAMS_PER_MILLILITRE);

    private final String description;
    private final Unit<?> displayUnit;

    QuantityKind(String description, Unit<?> displayUnit) {
        this.description = description;
        this.displayUnit = displayUnit;
    }

    /** How a message names this kind, e.g. "a volume". */
    public String description() {
        return description;
    }

    /** The unit results of this kind are converted to and shown in. */
    public Unit<?> displayUnit() {
        return displayUnit;
    }

    /** Whether an amount in {@code unit} is of this kind. */
    public boolean matches(Unit<?> unit) {
        if (this == CELL_COUNT) {
            // % and ONE share a dimension; only an unscaled one counts cells
            return unit.isCompatible(displayUnit) && Amounts.converter(unit, displayUnit).isIdentity();
        }
        return unit.isCompatible(displayUnit);
    }

    /** The kind of an amount in {@code unit}, if it is one dosing knows. */
    public static Optional<QuantityKind> of(Unit<?> unit) {
        return Arrays.stream(values()).filter(kind -> kind.matches(unit)).findFirst();
    }

    /** Names what {@code unit} measures for a message, e.g. "a mass" or "a percentage". */
    public static String describe(Unit<?> unit) {
        return of(unit).map(QuantityKind::description).orElseGet(
                () -> unit.isCompatible(DosingUnits.CELLS) ? "a percentage or scaled number" : "an amount in " + unit);
    }
}
