package org.stroma.dosing.expansion;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Time;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * How the cells grow. Primary culture (P0) plates the SVF at {@code platingDensity}; of those
 * nucleated cells {@code attachmentPercent} adhere and grow. Cells are passaged when they reach
 * {@code harvestConfluencePercent} of {@code confluentDensity}; each passage reseeds them 1:
 * {@code splitRatio} (onto {@code splitRatio} times the area). Growth is exponential with
 * {@code doublingTime}, after {@code lagTimePerPassage} in each culture. No defaults: the
 * domain notes give none, so every assumption is stated by the user.
 *
 * @param attachmentPercent        share of plated SVF cells that adhere and grow, (0, 100]
 * @param platingDensity           SVF nucleated cells per cm² plated at P0, above zero
 * @param doublingTime             population doubling time, above zero
 * @param lagTimePerPassage        time before growth resumes in each culture, zero or more
 * @param confluentDensity         cells per cm² at 100 % confluence, above zero
 * @param harvestConfluencePercent confluence at which cells are passaged, (0, 100]
 * @param splitRatio               1:n split, n above 1
 * @param vessel                   the culture vessel used
 * @since 0.1
 */
public record CultureConditions(BigDecimal attachmentPercent, Quantity<?> platingDensity, Quantity<Time> doublingTime,
        Quantity<Time> lagTimePerPassage, Quantity<?> confluentDensity, BigDecimal harvestConfluencePercent,
        BigDecimal splitRatio, CultureVessel vessel) {

    /** Validates every field, and that P0 is plated below the density it is harvested at. */
    public CultureConditions {
        Checks.shareOfWhole("attachmentPercent", attachmentPercent);
        Checks.positive("platingDensity", platingDensity, QuantityKind.CELLS_PER_AREA);
        Checks.positive("doublingTime", doublingTime, QuantityKind.DURATION);
        Checks.notNegative("lagTimePerPassage", lagTimePerPassage, QuantityKind.DURATION);
        Checks.positive("confluentDensity", confluentDensity, QuantityKind.CELLS_PER_AREA);
        Checks.shareOfWhole("harvestConfluencePercent", harvestConfluencePercent);
        Checks.above("splitRatio", splitRatio, BigDecimal.ONE);
        Checks.required("vessel", vessel);
        BigDecimal adherent = Amounts.valueIn(platingDensity, DosingUnits.CELLS_PER_SQUARE_CENTIMETRE)
                .multiply(Decimals.fraction(attachmentPercent));
        BigDecimal harvest = Amounts.valueIn(confluentDensity, DosingUnits.CELLS_PER_SQUARE_CENTIMETRE)
                .multiply(Decimals.fraction(harvestConfluencePercent));
        if (adherent.compareTo(harvest) >= 0) {
            throw new DosingInputException("platingDensity", "gives " + adherent.stripTrailingZeros().toPlainString()
                    + " adherent cells/cm\u00B2, not below the harvest density of "
                    + harvest.stripTrailingZeros().toPlainString() + " cells/cm\u00B2; the culture could not grow");
        }
    }
}
