package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.expansion.CultureConditions;
import org.stroma.dosing.expansion.CultureVessel;
import org.stroma.dosing.expansion.ExpansionPlan;
import org.stroma.dosing.expansion.ExpansionPlanner;
import org.stroma.dosing.expansion.ExpansionRequest;
import org.stroma.dosing.expansion.PassageStep;
import org.stroma.dosing.expansion.SvfHarvest;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/**
 * Worked example: 50 mL lipoaspirate at 5 x 10^5 SVF cells/mL = 2.5 × 10^7 SVF cells, plated at
 * 2.5 × 10^4 cells/cm² (P0 area 2.5e7 / 2.5e4 = 1000 cm²) of which 10 % adhere (2.5 × 10^6 cells,
 * 2.5 × 10^3 cells/cm²), harvested at confluence 4 × 10^4 cells/cm² (P0: 16-fold, 4 doublings,
 * 1000 × 4e4 = 4 × 10^7 cells), split 1:4 (each passage ×4, 2 doublings), doubling time 36 h.
 */
class ExpansionPlannerTest {

    private final AmountParser parse = new AmountParser();
    private final ExpansionPlanner planner = new ExpansionPlanner();

    private SvfHarvest harvest() {
        return new SvfHarvest(parse.parse("lipoaspirate", "50 mL"), parse.parse("svfYield", "5 x 10^5 cells/mL"));
    }

    private CultureConditions culture(String lag, String harvestConfluence, String split) {
        return new CultureConditions(BigDecimal.TEN, parse.parse("platingDensity", "2.5 x 10^4 cells/cm^2"),
                parse.duration("doublingTime", "36 h"), parse.duration("lagTimePerPassage", lag),
                parse.parse("confluentDensity", "4 x 10^4 cells/cm^2"), new BigDecimal(harvestConfluence),
                new BigDecimal(split), CultureVessel.T175);
    }

    private ExpansionPlan plan(String target, int maxPassage) {
        return planner.plan(new ExpansionRequest(harvest(), culture("0 h", "100", "4"), parse.cells("targetCells", target),
                maxPassage));
    }

    @Test
    void primaryCultureAndOnePassageReachOneHundredMillion() {
        ExpansionPlan plan = plan("1e8", 4);
        Expect.exactly("25000000", plan.svfCells(), DosingUnits.CELLS); // 50 × 5e5
        assertEquals(2, plan.passages().size());

        PassageStep p0 = plan.passages().get(0);
        Expect.exactly("2500000", p0.cellsSeeded(), DosingUnits.CELLS); // 2.5e7 × 0.10
        Expect.exactly("2500", p0.seedingDensity(), DosingUnits.CELLS_PER_SQUARE_CENTIMETRE);
        Expect.exactly("1000", p0.growthArea(), DosingUnits.SQUARE_CENTIMETRE);
        assertEquals(6, p0.vessels()); // 1000 / 175 = 5.71 T175 flasks
        assertEquals(4.0, p0.populationDoublings().doubleValue(), 1e-9); // log2(4e4 / 2.5e3) = log2(16)
        Expect.about(4 * 36, p0.duration(), DosingUnits.HOUR);
        Expect.exactly("40000000", p0.cellsAtHarvest(), DosingUnits.CELLS); // 1000 × 4e4

        PassageStep p1 = plan.passages().get(1);
        Expect.exactly("4000", p1.growthArea(), DosingUnits.SQUARE_CENTIMETRE); // 1000 × 4
        Expect.exactly("10000", p1.seedingDensity(), DosingUnits.CELLS_PER_SQUARE_CENTIMETRE); // 4e4 / 4
        assertEquals(23, p1.vessels()); // 4000 / 175 = 22.86
        assertEquals(2.0, p1.populationDoublings().doubleValue(), 1e-9); // log2(4)
        Expect.exactly("160000000", p1.cellsAtHarvest(), DosingUnits.CELLS); // 4e7 × 4

        assertEquals(1, plan.finalPassage());
        Expect.exactly("160000000", plan.cellsAtFinalPassage(), DosingUnits.CELLS);
        assertEquals(4.0 + 2.0, plan.cumulativePopulationDoublings().doubleValue(), 1e-9);
        Expect.about((4 * 36 + 2 * 36) / 24.0, plan.totalDuration(), DosingUnits.DAY); // 216 h = 9 d
        Expect.about(4 * 36 / 24.0, p0.elapsed(), DosingUnits.DAY);
        assertFalse(plan.exceedsMaxPassage());
        assertEquals("adsc-expansion/1", plan.formula().toString());
    }

    @Test
    void aPlanBeyondTheProtocolsMaximumPassageIsFlagged() {
        // P3 harvest = 4e7 × 4^3 = 2.56e9 < 1e10; P4 = 4e7 × 4^4 = 1.024e10 ≥ 1e10
        ExpansionPlan plan = plan("1e10", 3);
        assertEquals(4, plan.finalPassage());
        assertTrue(plan.exceedsMaxPassage());
        Expect.exactly("10240000000", plan.cellsAtFinalPassage(), DosingUnits.CELLS);
        // 1000 cm² × 4^4 = 256 000 cm² in T175 flasks: 256000 / 175 = 1462.9
        assertEquals((long) Math.ceil(1000.0 * 256 / 175), plan.finalStep().vessels());
        // 4 doublings at P0, 2 at each of P1..P4: (4 + 4 × 2) × 36 h = 432 h = 18 d
        Expect.about((4 + 4 * 2) * 36 / 24.0, plan.totalDuration(), DosingUnits.DAY);
    }

    @Test
    void finishingAtTheMaximumPassageIsNotFlagged() {
        ExpansionPlan plan = plan("1e10", 4);
        assertEquals(4, plan.finalPassage());
        assertFalse(plan.exceedsMaxPassage());
    }

    @Test
    void aTargetReachedInPrimaryCultureNeedsNoPassage() {
        ExpansionPlan plan = plan("4e7", 0); // P0 gives exactly 4e7
        assertEquals(0, plan.finalPassage());
        assertEquals(1, plan.passages().size());
        assertFalse(plan.exceedsMaxPassage());
    }

    @Test
    void lagTimeIsAddedToEveryCulture() {
        ExpansionPlan plan = planner.plan(new ExpansionRequest(harvest(), culture("1 d", "100", "4"),
                parse.cells("targetCells", "1e8"), 4));
        // 216 h of growth + 2 cultures × 24 h lag = 264 h = 11 d
        Expect.about((216 + 2 * 24) / 24.0, plan.totalDuration(), DosingUnits.DAY);
    }

    @Test
    void harvestingBeforeConfluenceLowersTheYieldPerCulture() {
        ExpansionPlan plan = planner.plan(new ExpansionRequest(harvest(), culture("0 h", "80", "4"),
                parse.cells("targetCells", "1e8"), 4));
        Expect.exactly("32000", plan.harvestDensity(), DosingUnits.CELLS_PER_SQUARE_CENTIMETRE); // 4e4 × 0.8
        PassageStep p0 = plan.passages().get(0);
        Expect.exactly("32000000", p0.cellsAtHarvest(), DosingUnits.CELLS); // 1000 cm² × 3.2e4
        assertEquals(Math.log(3.2e4 / 2.5e3) / Math.log(2), p0.populationDoublings().doubleValue(), 1e-9);
        // P1: 3.2e7 × 4 = 1.28e8 ≥ 1e8
        assertEquals(1, plan.finalPassage());
    }

    @Test
    void aLipoaspirateWeighedInGramsNeedsTheDensityForAYieldPerMillilitre() {
        SvfHarvest weighed = new SvfHarvest(parse.parse("lipoaspirate", "45 g"),
                parse.parse("svfYield", "5 x 10^5 cells/mL"), Optional.of(parse.parse("tissueDensity", "0.9 g/mL")));
        ExpansionPlan plan = planner.plan(new ExpansionRequest(weighed, culture("0 h", "100", "4"),
                parse.cells("targetCells", "1e8"), 4));
        // 45 g / 0.9 g/mL = 50 mL; × 5e5 cells/mL = 2.5e7
        Expect.about(2.5e7, plan.svfCells(), DosingUnits.CELLS);

        Expect.refused("svfYield", () -> new SvfHarvest(parse.parse("lipoaspirate", "45 g"),
                parse.parse("svfYield", "5 x 10^5 cells/mL")));
    }

    @Test
    void aYieldPerGramForAWeighedLipoaspirateNeedsNoDensity() {
        SvfHarvest weighed = new SvfHarvest(parse.parse("lipoaspirate", "0.05 kg"),
                parse.parse("svfYield", "5 x 10^5 cells/g"));
        ExpansionPlan plan = planner.plan(new ExpansionRequest(weighed, culture("0 h", "100", "4"),
                parse.cells("targetCells", "1e8"), 4));
        Expect.exactly("25000000", plan.svfCells(), DosingUnits.CELLS); // 50 g × 5e5 cells/g
    }

    @Test
    void aDoublingTimeInDaysIsConverted() {
        CultureConditions inDays = new CultureConditions(BigDecimal.TEN,
                parse.parse("platingDensity", "2.5e4 cells/cm2"), parse.duration("doublingTime", "1.5 d"),
                parse.duration("lagTimePerPassage", "0 h"), parse.parse("confluentDensity", "4e4 cells/cm2"),
                BigDecimal.valueOf(100), BigDecimal.valueOf(4), CultureVessel.T75);
        ExpansionPlan plan = planner.plan(new ExpansionRequest(harvest(), inDays, parse.cells("targetCells", "1e8"), 4));
        Expect.about(9, plan.totalDuration(), DosingUnits.DAY); // 1.5 d = 36 h, as in the worked example
        assertEquals((long) Math.ceil(4000 / 75.0), plan.finalStep().vessels()); // 4000 cm² in T75 flasks
    }

    @Test
    void nonsenseCultureConditionsAreRefused() {
        Expect.refused("splitRatio", () -> culture("0 h", "100", "1"));
        Expect.refused("harvestConfluencePercent", () -> culture("0 h", "120", "4"));
        Expect.refused("harvestConfluencePercent", () -> culture("0 h", "0", "4"));
        Expect.refused("lagTimePerPassage", () -> culture("-1 h", "100", "4"));
        Expect.refused("attachmentPercent", () -> new CultureConditions(BigDecimal.ZERO,
                parse.parse("platingDensity", "2.5e4 cells/cm2"), parse.duration("doublingTime", "36 h"),
                parse.duration("lagTimePerPassage", "0 h"), parse.parse("confluentDensity", "4e4 cells/cm2"),
                BigDecimal.valueOf(100), BigDecimal.valueOf(4), CultureVessel.T175));
        // 5e5 SVF cells/cm² × 10 % = 5e4 adherent cells/cm², already above confluence (4e4)
        Expect.refused("platingDensity", () -> new CultureConditions(BigDecimal.TEN,
                parse.parse("platingDensity", "5e5 cells/cm2"), parse.duration("doublingTime", "36 h"),
                parse.duration("lagTimePerPassage", "0 h"), parse.parse("confluentDensity", "4e4 cells/cm2"),
                BigDecimal.valueOf(100), BigDecimal.valueOf(4), CultureVessel.T175));
        Expect.refused("confluentDensity", () -> new CultureConditions(BigDecimal.TEN,
                parse.parse("platingDensity", "2.5e4 cells/cm2"), parse.duration("doublingTime", "36 h"),
                parse.duration("lagTimePerPassage", "0 h"), parse.parse("confluentDensity", "4e4 cells/mL"),
                BigDecimal.valueOf(100), BigDecimal.valueOf(4), CultureVessel.T175));
        Expect.refused("doublingTime", () -> parse.duration("doublingTime", "36 mL"));
        Expect.refused("growthArea", () -> new CultureVessel("T0 flask",
                Amounts.of("0", DosingUnits.SQUARE_CENTIMETRE)));
    }

    @Test
    void nonsenseHarvestsAndTargetsAreRefused() {
        Expect.refused("lipoaspirate", () -> new SvfHarvest(parse.parse("lipoaspirate", "0 mL"),
                parse.parse("svfYield", "5e5 cells/mL")));
        Expect.refused("lipoaspirate", () -> new SvfHarvest(parse.parse("lipoaspirate", "50 h"),
                parse.parse("svfYield", "5e5 cells/mL")));
        Expect.refused("svfYield", () -> new SvfHarvest(parse.parse("lipoaspirate", "50 mL"),
                parse.parse("svfYield", "5e5 cells")));
        Expect.refused("targetCells", () -> new ExpansionRequest(harvest(), culture("0 h", "100", "4"),
                parse.cells("targetCells", "0"), 4));
        Expect.refused("maxPassage", () -> new ExpansionRequest(harvest(), culture("0 h", "100", "4"),
                parse.cells("targetCells", "1e8"), -1));
    }

    @Test
    void aTargetOutOfReachIsRefusedRatherThanPlanned() {
        // 4e7 × 4^30 ≈ 4.6e25 cells after 30 passages, still below 1e30
        Expect.refused("targetCells", () -> plan("1e30", 4));
    }
}
