package org.stroma.dosing.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.adsc.DoseVerdict;
import org.stroma.dosing.adsc.ProductCheckRequest;
import org.stroma.dosing.adsc.ProductCheckResult;

/** The reports of an ADSC dose and of a counted product checked against it. */
final class CellDoseReports {

    private CellDoseReports() {
    }

    static DoseReport dose(CellDoseResult result) {
        CellDoseRequest in = result.inputs();
        DoseReport report = new DoseReport(DoseReports.ADSC).heading("ADSC dose", result.formula()).inputs("Inputs");
        report.line("Dose", report.amount(in.dose()) + " of fat");
        in.fatDensity().ifPresent(density -> report.line("Fat density", report.amount(density))
                .line("Dose per mL of fat", report.amount(result.dosePerMillilitre())));
        return report.line("Graft volume", report.amount(result.graftVolume()))
                .line("Viability", DoseReport.percent(in.viabilityPercent()))
                .line("Processing losses", DoseReport.percent(in.processingLossPercent()))
                .section("Results")
                .line("Viable cells to deliver", report.cells(result.viableCellsToDeliver()))
                .line("Viable cells before losses", report.cells(result.viableCellsBeforeLosses()))
                .line("Cells to prepare", report.cells(result.cellsToPrepare()))
                .note("delivered = dose x graft volume; before losses = delivered / (1 - losses);\n"
                        + "to prepare = delivered / ((1 - losses) x viability), rounded up to a whole cell");
    }

    static DoseReport check(ProductCheckResult result) {
        ProductCheckRequest in = result.inputs();
        DoseReport report = new DoseReport(DoseReports.PRODUCT_CHECK);
        return report.heading("ADSC product check", result.formula()).inputs("Inputs")
                .line("Dose", report.amount(in.target().dose()) + " of fat")
                .line("Graft volume", report.amount(in.target().graftVolume()))
                .line("Counted cells", report.cells(in.countedCells()))
                .line("Viability at count", DoseReport.percent(in.countedViabilityPercent()))
                .line("Losses still to come", DoseReport.percent(in.target().processingLossPercent()))
                .line("Tolerance", "+/- " + DoseReport.percent(in.tolerancePercent()))
                .section("Results")
                .line("Target viable cells", report.cells(result.targetViableCells()))
                .line("Deliverable viable cells", report.cells(result.deliverableViableCells()))
                .line("Deviation from target", deviation(result.deviationPercent()))
                .line("Accepted range", report.amount(result.lowestAcceptable()) + " to "
                        + report.amount(result.highestAcceptable()))
                .line("Verdict", verdict(result.verdict()))
                .note("deliverable = counted x viability x (1 - losses); within when target x (1 - tolerance)\n"
                        + "<= deliverable <= target x (1 + tolerance)");
    }

    /** The verdict as printed, e.g. {@code WITHIN TOLERANCE}. */
    static String verdict(DoseVerdict verdict) {
        return verdict.name().replace('_', ' ').toUpperCase(Locale.ROOT);
    }

    /** A signed deviation with one decimal, e.g. {@code -0.6 %}. */
    static String deviation(BigDecimal percent) {
        BigDecimal shown = percent.setScale(1, RoundingMode.HALF_UP);
        return (shown.signum() > 0 ? "+" : "") + shown.toPlainString() + " %";
    }
}
