package org.stroma.dosing.adsc;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.Formula;

/**
 * How many cells an ADSC-assisted graft needs.
 *
 * @param inputs                  the request
 * @param formula                 {@link CellDoseCalculator#DOSE_FORMULA}
 * @param dosePerMillilitre       the dose in cells/mL of fat (converted through the density if
 *                                it was given per gram)
 * @param graftVolume             the graft volume in mL
 * @param viableCellsToDeliver    dose × graft volume: the viable cells that must reach the graft
 * @param viableCellsBeforeLosses viable cells needed before processing losses:
 *                                delivered ÷ (1 − loss)
 * @param cellsToPrepare          total cells to count and prepare, viable or not:
 *                                delivered ÷ ((1 − loss) × viability), rounded up to a whole cell
 * @since 0.1
 */
public record CellDoseResult(CellDoseRequest inputs, Formula formula, Quantity<?> dosePerMillilitre,
        Quantity<Volume> graftVolume, Quantity<Dimensionless> viableCellsToDeliver,
        Quantity<Dimensionless> viableCellsBeforeLosses, Quantity<Dimensionless> cellsToPrepare) implements DosingResult {
}
