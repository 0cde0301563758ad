package org.stroma.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.measure.Quantity;
import javax.measure.quantity.Area;

import org.stroma.dosing.expansion.CultureConditions;
import org.stroma.dosing.expansion.CultureVessel;
import org.stroma.dosing.expansion.ExpansionPlan;
import org.stroma.dosing.expansion.ExpansionPlanner;
import org.stroma.dosing.expansion.ExpansionRequest;
import org.stroma.dosing.expansion.SvfHarvest;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.units.QuantityKind;

/** {@code stroma dose expansion}: an ADSC culture expansion from lipoaspirate to a target cell number. */
final class ExpansionCalculation implements DoseCalculation<ExpansionPlan> {

    private static final Map<String, CultureVessel> FLASKS = Map.of("T25", CultureVessel.T25, "T75", CultureVessel.T75,
            "T175", CultureVessel.T175, "T225", CultureVessel.T225);
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("lipoaspirate", "lipoaspirate"),
            Map.entry("svfYield", "svf-yield"), Map.entry("tissueDensity", "tissue-density"),
            Map.entry("targetCells", "target-cells"), Map.entry("maxPassage", "max-passage"),
            Map.entry("attachmentPercent", "attachment"), Map.entry("platingDensity", "plating-density"),
            Map.entry("doublingTime", "doubling-time"), Map.entry("lagTimePerPassage", "lag-time"),
            Map.entry("confluentDensity", "confluent-density"),
            Map.entry("harvestConfluencePercent", "harvest-confluence"), Map.entry("splitRatio", "split"),
            Map.entry("growthArea", "vessel"), Map.entry("vessel", "vessel"));

    private final ExpansionPlanner planner;

    ExpansionCalculation(ExpansionPlanner planner) {
        this.planner = planner;
    }

    @Override
    public String kind() {
        return DoseReports.EXPANSION;
    }

    @Override
    public String summary() {
        return "an ADSC culture expansion to a target cell number: passages, vessels, days";
    }

    @Override
    public String synopsis() {
        return "--lipoaspirate AMOUNT --svf-yield CONC [--tissue-density DENSITY]\n"
                + "--target-cells CELLS --max-passage N --attachment PERCENT\n"
                + "--plating-density CELLS/CM2 --doubling-time DURATION --lag-time DURATION\n"
                + "--confluent-density CELLS/CM2 --harvest-confluence PERCENT --split 1:N\n"
                + "--vessel T25|T75|T175|T225|AREA   (no defaults: every assumption is stated)";
    }

    @Override
    public List<String> options() {
        return List.of("lipoaspirate", "svf-yield", "tissue-density", "target-cells", "max-passage", "attachment",
                "plating-density", "doubling-time", "lag-time", "confluent-density", "harvest-confluence", "split",
                "vessel");
    }

    @Override
    public Map<String, String> optionOfField() {
        return FIELDS;
    }

    @Override
    public ExpansionPlan compute(DoseOptions options) {
        SvfHarvest harvest = new SvfHarvest(
                options.amount("lipoaspirate", "AMOUNT", QuantityKind.VOLUME, QuantityKind.MASS),
                options.amount("svf-yield", "CONC", QuantityKind.CELLS_PER_VOLUME, QuantityKind.CELLS_PER_MASS),
                options.optionalAmount("tissue-density", QuantityKind.DENSITY));
        CultureConditions culture = new CultureConditions(options.percent("attachment"),
                options.amount("plating-density", "CELLS/CM2", QuantityKind.CELLS_PER_AREA),
                options.duration("doubling-time"), options.duration("lag-time"),
                options.amount("confluent-density", "CELLS/CM2", QuantityKind.CELLS_PER_AREA),
                options.percent("harvest-confluence"), options.ratio("split", "1:N, e.g. 1:3", true)[1],
                vessel(options));
        return planner.plan(new ExpansionRequest(harvest, culture, options.cells("target-cells"),
                options.wholeNumber("max-passage", "N")));
    }

    @SuppressWarnings("unchecked")
    private static CultureVessel vessel(DoseOptions options) {
        String text = options.required("vessel", "T25|T75|T175|T225|AREA");
        CultureVessel flask = FLASKS.get(text.strip().toUpperCase(Locale.ROOT));
        if (flask != null) {
            return flask;
        }
        Quantity<Area> area = (Quantity<Area>) options.amount("vessel", "T25|T75|T175|T225|AREA", QuantityKind.AREA);
        return new CultureVessel(text.strip() + " vessel", area);
    }
}
