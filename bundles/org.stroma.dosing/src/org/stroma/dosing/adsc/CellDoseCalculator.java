package org.stroma.dosing.adsc;

import java.math.BigDecimal;

import org.osgi.service.component.annotations.Component;
import org.stroma.dosing.Formula;
import org.stroma.dosing.internal.CellArithmetic;
import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.internal.IndriyaRuntime;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/**
 * ADSC dosing for cell-assisted fat grafting: cells needed for a dose in cells per mL of fat, and
 * the check of a counted product against it. Stateless.
 *
 * <p>Model: of the cells counted, the viable share is {@code viability}; between count and graft
 * a share {@code loss} of them is lost. So delivered viable cells = counted × viability ×
 * (1 − loss), and the count to prepare is dose × volume ÷ ((1 − loss) × viability).
 *
 * @since 0.1
 */
@Component(service = CellDoseCalculator.class)
public final class CellDoseCalculator {

    /** Cells to prepare for a dose per mL of fat. */
    public static final Formula DOSE_FORMULA = new Formula("adsc-dose", 1);
    /** A counted product against its target, with tolerance. */
    public static final Formula CHECK_FORMULA = new Formula("adsc-dose-check", 1);

    /** A calculator; Indriya is made ready for use inside OSGi. */
    public CellDoseCalculator() {
        IndriyaRuntime.prepare();
    }

    /** The cells a graft needs; see the class comment for the model. */
    public CellDoseResult dose(CellDoseRequest request) {
        BigDecimal perMillilitre = dosePerMillilitre(request);
        BigDecimal volume = Amounts.valueIn(request.graftVolume(), DosingUnits.MILLILITRE);
        BigDecimal delivered = perMillilitre.multiply(volume);
        BigDecimal kept = BigDecimal.ONE.subtract(Decimals.fraction(request.processingLossPercent()));
        BigDecimal viable = Decimals.fraction(request.viabilityPercent());
        BigDecimal beforeLosses = Decimals.divide(delivered, kept);
        // one division, so an exact answer is not pushed over a whole cell by rounding
        BigDecimal toPrepare = Decimals.ceiling(Decimals.divide(delivered, kept.multiply(viable)));
        return new CellDoseResult(request, DOSE_FORMULA, Amounts.ofUnit(perMillilitre, DosingUnits.CELLS_PER_MILLILITRE),
                Amounts.of(volume, DosingUnits.MILLILITRE), Amounts.cells(delivered), Amounts.cells(beforeLosses),
                Amounts.cells(toPrepare));
    }

    /** Judges a counted product against its target dose; the tolerance edges count as within. */
    public ProductCheckResult check(ProductCheckRequest request) {
        CellDoseRequest target = request.target();
        BigDecimal wanted = dosePerMillilitre(target)
                .multiply(Amounts.valueIn(target.graftVolume(), DosingUnits.MILLILITRE));
        // products of exact decimals: the comparison with the edges is exact
        BigDecimal deliverable = Amounts.valueIn(request.countedCells(), DosingUnits.CELLS)
                .multiply(Decimals.fraction(request.countedViabilityPercent()))
                .multiply(BigDecimal.ONE.subtract(Decimals.fraction(target.processingLossPercent())));
        BigDecimal tolerance = Decimals.fraction(request.tolerancePercent());
        BigDecimal lowest = wanted.multiply(BigDecimal.ONE.subtract(tolerance));
        BigDecimal highest = wanted.multiply(BigDecimal.ONE.add(tolerance));
        DoseVerdict verdict = deliverable.compareTo(lowest) < 0 ? DoseVerdict.UNDER_DOSE
                : deliverable.compareTo(highest) > 0 ? DoseVerdict.OVER_DOSE : DoseVerdict.WITHIN_TOLERANCE;
        BigDecimal deviation = Decimals.divide(deliverable, wanted).subtract(BigDecimal.ONE).multiply(Decimals.HUNDRED);
        return new ProductCheckResult(request, CHECK_FORMULA, Amounts.cells(wanted), Amounts.cells(deliverable),
                deviation, Amounts.cells(lowest), Amounts.cells(highest), verdict);
    }

    private static BigDecimal dosePerMillilitre(CellDoseRequest request) {
        // the request refused a dose per gram without a density, so this cannot be empty
        return CellArithmetic.valueIn(request.dose(), DosingUnits.CELLS_PER_MILLILITRE, request.fatDensity())
                .orElseThrow(() -> new IllegalStateException("dose cannot be read in cells/mL"));
    }
}
