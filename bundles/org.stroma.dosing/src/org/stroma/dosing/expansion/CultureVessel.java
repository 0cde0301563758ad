package org.stroma.dosing.expansion;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Area;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * A culture vessel by its growth area. The flask constants use the nominal areas in their names
 * (a T75 has 75 cm²); a site whose flasks differ enters its own.
 *
 * @param name       shown in plans, e.g. "T175 flask"
 * @param growthArea growth surface of one vessel, above zero
 * @since 0.1
 */
public record CultureVessel(String name, Quantity<Area> growthArea) {

    /** T25 flask, 25 cm². */
    public static final CultureVessel T25 = flask(25);
    /** T75 flask, 75 cm². */
    public static final CultureVessel T75 = flask(75);
    /** T175 flask, 175 cm². */
    public static final CultureVessel T175 = flask(175);
    /** T225 flask, 225 cm². */
    public static final CultureVessel T225 = flask(225);

    /** Validates name and area. */
    public CultureVessel {
        Checks.text("name", name);
        Checks.positive("growthArea", growthArea, QuantityKind.AREA);
    }

    private static CultureVessel flask(int squareCentimetres) {
        return new CultureVessel("T" + squareCentimetres + " flask",
                Amounts.of(BigDecimal.valueOf(squareCentimetres), DosingUnits.SQUARE_CENTIMETRE));
    }
}
