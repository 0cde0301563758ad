package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.ProductCheckRequest;
import org.stroma.dosing.adsc.ProductCheckResult;
import org.stroma.dosing.record.DoseReports;

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
        return DoseReports.PRODUCT_CHECK;
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
}
