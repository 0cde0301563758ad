package org.stroma.dosing.expansion;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * An expansion to plan.
 *
 * @param harvest     the SVF obtained from liposuction
 * @param culture     how the cells grow and are passaged
 * @param targetCells cells needed at the final harvest (e.g. the count to prepare of an ADSC
 *                    dose), above zero
 * @param maxPassage  highest passage the protocol allows for the product (e.g. 4 for P4), 0 or more
 * @since 0.1
 */
public record ExpansionRequest(SvfHarvest harvest, CultureConditions culture, Quantity<Dimensionless> targetCells,
        int maxPassage) {

    /** Validates every field. */
    public ExpansionRequest {
        Checks.required("harvest", harvest);
        Checks.required("culture", culture);
        Checks.positive("targetCells", targetCells, QuantityKind.CELL_COUNT);
        Checks.atLeast("maxPassage", maxPassage, 0);
    }
}
