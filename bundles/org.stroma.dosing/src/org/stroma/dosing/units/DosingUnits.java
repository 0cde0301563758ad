package org.stroma.dosing.units;

import javax.measure.MetricPrefix;
import javax.measure.Unit;
import javax.measure.quantity.Area;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;

import org.stroma.dosing.internal.IndriyaRuntime;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.Units;

/**
 * The units dosing works in. A cell count is dimensionless (SI counts entities with the unit
 * one), so cells per mL has the dimension 1/volume and Indriya itself tells a dose per mL from a
 * dose per gram.
 *
 * <p>Code in this bundle takes Indriya units from here rather than from {@code Units} directly,
 * so that Indriya is {@linkplain IndriyaRuntime prepared} before its first use.
 *
 * @since 0.1
 */
public final class DosingUnits {

    static {
        IndriyaRuntime.prepare();
    }

    /** Cells: a count, the unit one. */
    public static final Unit<Dimensionless> CELLS = AbstractUnit.ONE;
    /** Percent, one hundredth of one. */
    public static final Unit<Dimensionless> PERCENT = Units.PERCENT;
    /** Litre. */
    public static final Unit<Volume> LITRE = Units.LITRE;
    /** Millilitre, the unit fat, SVF suspension and injections are measured in. */
    public static final Unit<Volume> MILLILITRE = MetricPrefix.MILLI(Units.LITRE);
    /** Microlitre. */
    public static final Unit<Volume> MICROLITRE = MetricPrefix.MICRO(Units.LITRE);
    /** Gram. */
    public static final Unit<Mass> GRAM = Units.GRAM;
    /** Kilogram. */
    public static final Unit<Mass> KILOGRAM = Units.KILOGRAM;
    /** Square centimetre, the growth area of culture vessels. */
    public static final Unit<Area> SQUARE_CENTIMETRE = squareCentimetre();
    /** Hour. */
    public static final Unit<Time> HOUR = Units.HOUR;
    /** Day (24 h). */
    public static final Unit<Time> DAY = Units.DAY;
    /** Cells per millilitre (of fat, of suspension or of a mix). */
    public static final Unit<?> CELLS_PER_MILLILITRE = CELLS.divide(MILLILITRE);
    /** Cells per litre. */
    public static final Unit<?> CELLS_PER_LITRE = CELLS.divide(LITRE);
    /** Cells per gram (of lipoaspirate or fat). */
    public static final Unit<?> CELLS_PER_GRAM = CELLS.divide(GRAM);
    /** Cells per square centimetre of growth area (plating and confluence densities). */
    public static final Unit<?> CELLS_PER_SQUARE_CENTIMETRE = CELLS.divide(SQUARE_CENTIMETRE);
    /** Grams per millilitre (tissue density). */
    public static final Unit<?> GRAMS_PER_MILLILITRE = GRAM.divide(MILLILITRE);

    private DosingUnits() {
    }

    @SuppressWarnings("unchecked")
    private static Unit<Area> squareCentimetre() {
        // pow(2) after the prefix: a prefix on m² itself would give 0.01 m²
        return (Unit<Area>) MetricPrefix.CENTI(Units.METRE).pow(2);
    }
}
