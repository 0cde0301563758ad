package org.stroma.dosing.adsc;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.Formula;

/**
 * A counted product judged against its target dose.
 *
 * @param inputs                 the request
 * @param formula                {@link CellDoseCalculator#CHECK_FORMULA}
 * @param targetViableCells      dose × graft volume
 * @param deliverableViableCells counted × viability × (1 − processing loss)
 * @param deviationPercent       (deliverable ÷ target − 1) × 100; negative when short
 * @param lowestAcceptable       target × (1 − tolerance)
 * @param highestAcceptable      target × (1 + tolerance)
 * @param verdict                under, within (edges included) or over
 * @since 0.1
 */
public record ProductCheckResult(ProductCheckRequest inputs, Formula formula, Quantity<Dimensionless> targetViableCells,
        Quantity<Dimensionless> deliverableViableCells, BigDecimal deviationPercent,
        Quantity<Dimensionless> lowestAcceptable, Quantity<Dimensionless> highestAcceptable, DoseVerdict verdict)
        implements DosingResult {
}
