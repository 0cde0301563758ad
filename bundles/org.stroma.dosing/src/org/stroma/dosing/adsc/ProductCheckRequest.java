package org.stroma.dosing.adsc;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * A counted cell product to check against the dose it was prepared for.
 *
 * @param target                  the dose request (its processing loss is assumed still to come
 *                                between this count and delivery; pass 0 % if the count is taken
 *                                on the final product)
 * @param countedCells            total cells counted, viable or not; above zero
 * @param countedViabilityPercent viability measured at the count, more than 0 and at most 100
 * @param tolerancePercent        accepted deviation either side of the target, at least 0 and
 *                                below 100
 * @since 0.1
 */
public record ProductCheckRequest(CellDoseRequest target, Quantity<Dimensionless> countedCells,
        BigDecimal countedViabilityPercent, BigDecimal tolerancePercent) {

    /** Validates every field. */
    public ProductCheckRequest {
        Checks.required("target", target);
        Checks.positive("countedCells", countedCells, QuantityKind.CELL_COUNT);
        Checks.shareOfWhole("countedViabilityPercent", countedViabilityPercent);
        Checks.lossOrTolerance("tolerancePercent", tolerancePercent);
    }
}
