package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.injection.Finger;
import org.stroma.dosing.injection.FingerJoint;
import org.stroma.dosing.injection.HandSites;
import org.stroma.dosing.injection.InjectionPlan;
import org.stroma.dosing.injection.InjectionPlanRequest;
import org.stroma.dosing.injection.InjectionPlanner;
import org.stroma.dosing.injection.Side;
import org.stroma.dosing.record.DoseCalculationRecord;
import org.stroma.dosing.record.DoseReport;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.record.ProcedureDosing;
import org.stroma.dosing.units.AmountParser;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.StudyFactory;

/**
 * A calculation as saved with a procedure: what, the formula and its version, the inputs and the
 * result in the lines the command line prints, who and when.
 */
class DoseCalculationRecordTest {

    private static final Instant NOON = Instant.parse("2024-03-18T12:00:00.123456Z");

    private final AmountParser parse = new AmountParser();

    /** The facial trial's dose for a 20 mL graft, 90 % viable, 20 % lost in processing. */
    private CellDoseResult facialGraft() {
        return new CellDoseCalculator().dose(new CellDoseRequest(parse.parse("dose", "5 x 10^5 cells/mL"),
                parse.volume("graftVolume", "20 mL"), new BigDecimal("90"), new BigDecimal("20")));
    }

    @Test
    void anAdscDoseIsSavedWithItsInputsFormulaResultUserAndTime() {
        // delivered = 5 x 10^5 cells/mL x 20 mL = 1.0 x 10^7 viable cells
        BigDecimal delivered = new BigDecimal("5e5").multiply(new BigDecimal("20"));
        assertEquals(0, new BigDecimal("10000000").compareTo(delivered));
        // before losses = 1.0 x 10^7 / (1 - 0.20) = 1.25 x 10^7 = 12500000, shown to two digits as 1.3 x 10^7
        BigDecimal beforeLosses = delivered.divide(new BigDecimal("0.8"));
        assertEquals(0, new BigDecimal("12500000").compareTo(beforeLosses));
        // to prepare = 1.0 x 10^7 / (0.8 x 0.9) = 1.0 x 10^7 / 0.72 = 13888888.9, rounded up: 13888889
        BigDecimal toPrepare = delivered.divide(new BigDecimal("0.72"), MathContext.DECIMAL64)
                .setScale(0, RoundingMode.CEILING);
        assertEquals("13888889", toPrepare.toPlainString());

        DoseCalculation record = DoseCalculationRecord.of(facialGraft(), "coordinator", NOON);

        assertEquals("adsc", record.getCalculation());
        assertEquals("adsc-dose/1", record.getFormulaVersion());
        assertEquals(String.join("\n",
                "Dose = 5.0 \u00D7 10\u2075 cells/mL of fat",
                "Graft volume = 20.0 mL",
                "Viability = 90 %",
                "Processing losses = 20 %"), record.getInputs());
        assertEquals(String.join("\n",
                "Viable cells to deliver = 1.0 \u00D7 10\u2077 cells (10000000)",
                "Viable cells before losses = 1.3 \u00D7 10\u2077 cells (12500000)",
                "Cells to prepare = 1.4 \u00D7 10\u2077 cells (" + toPrepare + ")"), record.getResult());
        assertEquals("coordinator", record.getCalculatedBy());
        // the store keeps dates to the millisecond, so the record does
        assertEquals(Date.from(Instant.parse("2024-03-18T12:00:00.123Z")), record.getCalculatedAt());
        assertEquals(null, record.getId(), "the id is given when it is added to a stored study");
    }

    @Test
    void theSavedLinesAreTheLinesTheCommandLinePrints() {
        CellDoseResult result = facialGraft();
        DoseReport report = DoseReports.of(result);
        DoseCalculation record = DoseCalculationRecord.of(result, "coordinator", NOON);
        List<String> printed = report.text().lines().map(String::strip).toList();
        for (String saved : DoseCalculationRecord.lines(record.getInputs() + "\n" + record.getResult())) {
            String label = saved.substring(0, saved.indexOf(" = "));
            String value = saved.substring(saved.indexOf(" = ") + 3);
            assertTrue(printed.stream().anyMatch(line -> line.startsWith(label + "  ") && line.endsWith("  " + value)),
                    saved + " is printed as\n" + report.text());
        }
        assertTrue(report.text().startsWith("ADSC dose (formula adsc-dose/1)"), report.text());
    }

    @Test
    void anInjectionPlanSavesEachSiteWithItsInjectionsAndItsVolumeAndCells() {
        // index and middle finger, PIP joint, radial and ulnar side: 2 x 2 = 4 sites of 0.5 mL
        InjectionPlan plan = new InjectionPlanner().plan(new InjectionPlanRequest("right hand, PIP joints",
                HandSites.jointSides(Side.RIGHT, EnumSet.of(Finger.INDEX, Finger.MIDDLE), EnumSet.of(FingerJoint.PIP),
                        parse.volume("volumePerSide", "0.5 mL")),
                Optional.of(parse.parse("cellConcentration", "1e6 cells/mL")), Optional.empty()));

        DoseCalculation record = DoseCalculationRecord.of(plan, "investigator", NOON);

        assertEquals("injection-plan", record.getCalculation());
        assertEquals("injection-plan/1", record.getFormulaVersion());
        List<String> inputs = DoseCalculationRecord.lines(record.getInputs());
        assertEquals(List.of("Plan = right hand, PIP joints", "Cells per mL = 1.0 \u00D7 10\u2076 cells/mL",
                "right hand, index finger, PIP joint, radial side = Injections 1 x 0.5 mL",
                "right hand, index finger, PIP joint, ulnar side = Injections 1 x 0.5 mL",
                "right hand, middle finger, PIP joint, radial side = Injections 1 x 0.5 mL",
                "right hand, middle finger, PIP joint, ulnar side = Injections 1 x 0.5 mL"), inputs);
        List<String> result = DoseCalculationRecord.lines(record.getResult());
        // each site: 1 x 0.5 mL = 0.5 mL; 0.5 mL x 1 x 10^6 cells/mL = 5 x 10^5 cells
        assertEquals("right hand, index finger, PIP joint, radial side = Volume 0.5 mL, Cells 5.0 \u00D7 10\u2075 cells",
                result.get(0));
        // 4 sites x 0.5 mL = 2.0 mL; 2.0 mL x 1 x 10^6 cells/mL = 2 x 10^6 cells
        assertEquals(List.of("Volume, right hand = 2.0 mL", "Total volume = 2.0 mL", "Total injections = 4",
                "Total cells = 2.0 \u00D7 10\u2076 cells (2000000)"), result.subList(4, result.size()));
    }

    @Test
    void aRecordNeedsTheUserWhoCalculated() {
        assertThrows(IllegalArgumentException.class, () -> DoseCalculationRecord.of(facialGraft(), " ", NOON));
        assertThrows(NullPointerException.class, () -> DoseCalculationRecord.of(facialGraft(), "coordinator", null));
    }

    @Test
    void theVolumeInjectedInAProcedureSumsInjectionsTimesVolumeOverItsSites() {
        Procedure procedure = StudyFactory.eINSTANCE.createProcedure();
        procedure.getInjectionSites().add(site(7.5, 1));
        procedure.getInjectionSites().add(site(0.25, 4));
        procedure.getInjectionSites().add(site(11.5, 1));
        // 7.5 + 4 x 0.25 + 11.5 = 7.5 + 1.0 + 11.5 = 20.0 mL
        assertEquals(0, new BigDecimal("20").compareTo(
                ProcedureDosing.injectedVolumeMl(procedure).orElseThrow()));
        assertEquals(Optional.empty(), ProcedureDosing.injectedVolumeMl(
                StudyFactory.eINSTANCE.createProcedure()), "no sites, no volume");
    }

    private static InjectionSite site(double volumeMl, int injections) {
        InjectionSite site = StudyFactory.eINSTANCE.createInjectionSite();
        site.setVolumeMl(volumeMl);
        site.setInjectionCount(injections);
        return site;
    }
}
