package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.DoseVerdict;
import org.stroma.dosing.adsc.ProductCheckRequest;
import org.stroma.dosing.adsc.ProductCheckResult;

/** {@code stroma dose product-check}: a counted cell product against the dose it was prepared for. */
final class ProductCheckCalculation implements DoseCalculation<ProductCheckResult> {

    private static final Map<String, String> FIELDS = fields();

    private final CellDoseCalculator calculator;

    ProductCheckCalculation(CellDoseCalculator calculator) {
        this.calculator = calculator;
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>(AdscDoseCalculation.TARGET_FIELDS);
        fields.put("countedCells", "counted");
        fields.put("countedViabilityPercent", "viability");
        fields.put("tolerancePercent", "tolerance");
        return Map.copyOf(fields);
    }

    @Override
    public String kind() {
        return "product-check";
    }

    @Override
    public String summary() {
        return "a counted cell product against its target dose: under, within or over";
    }

    @Override
    public String synopsis() {
        return "--dose AMOUNT --graft-volume VOLUME --counted CELLS --viability PERCENT\n"
                + "--tolerance PERCENT [--losses PERCENT] [--fat-density DENSITY]\n"
                + "(viability as measured at the count; losses still to come, 0 % unless given)";
    }

    @Override
    public List<String> options() {
        return List.of("dose", "graft-volume", "counted", "viability", "tolerance", "losses", "fat-density");
    }

    @Override
    public Map<String, String> optionOfField() {
        return FIELDS;
    }

    @Override
    public ProductCheckResult compute(DoseOptions options) {
        BigDecimal viability = options.percent("viability");
        CellDoseRequest target = AdscDoseCalculation.target(options, viability);
        return calculator.check(new ProductCheckRequest(target, options.cells("counted"), viability,
                options.percent("tolerance")));
    }

    @Override
    public void describe(ProductCheckResult result, DoseText text) {
        ProductCheckRequest in = result.inputs();
        text.heading("ADSC product check", result.formula()).section("Inputs")
                .line("Dose", text.amount(in.target().dose()) + " of fat")
                .line("Graft volume", text.amount(in.target().graftVolume()))
                .line("Counted cells", text.cells(in.countedCells()))
                .line("Viability at count", DoseText.percent(in.countedViabilityPercent()))
                .line("Losses still to come", DoseText.percent(in.target().processingLossPercent()))
                .line("Tolerance", "+/- " + DoseText.percent(in.tolerancePercent()))
                .section("Results")
                .line("Target viable cells", text.cells(result.targetViableCells()))
                .line("Deliverable viable cells", text.cells(result.deliverableViableCells()))
                .line("Deviation from target", deviation(result.deviationPercent()))
                .line("Accepted range", text.amount(result.lowestAcceptable()) + " to "
                        + text.amount(result.highestAcceptable()))
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
