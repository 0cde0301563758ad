package org.stroma.dosing.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.stroma.dosing.expansion.CultureConditions;
import org.stroma.dosing.expansion.ExpansionPlan;
import org.stroma.dosing.expansion.ExpansionRequest;
import org.stroma.dosing.expansion.PassageStep;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/** The report of an ADSC culture expansion plan: assumptions, totals, and a row per passage. */
final class ExpansionReport {

    private ExpansionReport() {
    }

    static DoseReport plan(ExpansionPlan plan) {
        ExpansionRequest in = plan.inputs();
        CultureConditions culture = in.culture();
        DoseReport report = new DoseReport(DoseReports.EXPANSION);
        report.heading("ADSC expansion plan", plan.formula()).inputs("Inputs")
                .line("Lipoaspirate", report.amount(in.harvest().lipoaspirate()))
                .line("SVF yield", report.amount(in.harvest().svfYield()));
        in.harvest().tissueDensity().ifPresent(d -> report.line("Tissue density", report.amount(d)));
        report.line("Target cells", report.cells(in.targetCells()))
                .line("Highest passage allowed", "P" + in.maxPassage())
                .line("Attachment at P0", DoseReport.percent(culture.attachmentPercent()))
                .line("Plating density (P0)", report.amount(culture.platingDensity()))
                .line("Doubling time", report.amount(culture.doublingTime()))
                .line("Lag per culture", report.amount(culture.lagTimePerPassage()))
                .line("Confluent density", report.amount(culture.confluentDensity()))
                .line("Harvest at confluence", DoseReport.percent(culture.harvestConfluencePercent()))
                .line("Split", "1:" + DoseReport.plain(culture.splitRatio()))
                .line("Vessel", culture.vessel().name() + ", " + report.amount(culture.vessel().growthArea()))
                .section("Results")
                .line("SVF cells", report.cells(plan.svfCells()))
                .line("Harvest density", report.amount(plan.harvestDensity()))
                .line("Final passage", "P" + plan.finalPassage() + (plan.exceedsMaxPassage()
                        ? "  ABOVE THE HIGHEST PASSAGE ALLOWED (P" + in.maxPassage() + ")" : ""))
                .line("Cells at final harvest", report.cells(plan.cellsAtFinalPassage()))
                .line("Population doublings", oneDecimal(plan.cumulativePopulationDoublings()))
                .line("Plating to final harvest", report.amount(plan.totalDuration()))
                .section("Passages");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Passage", "Seeded", "Area", "Vessels", "Doublings", "Culture", "Harvest", "Day"));
        for (PassageStep step : plan.passages()) {
            rows.add(List.of("P" + step.passage(), report.amount(step.cellsSeeded()), report.amount(step.growthArea()),
                    step.vessels() + " x " + culture.vessel().name(), oneDecimal(step.populationDoublings()),
                    report.amount(step.duration()), report.amount(step.cellsAtHarvest()),
                    oneDecimal(Amounts.valueIn(step.elapsed(), DosingUnits.DAY))));
        }
        return report.table(rows);
    }

    private static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
