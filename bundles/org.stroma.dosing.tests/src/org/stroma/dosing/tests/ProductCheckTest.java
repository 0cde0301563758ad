package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.DoseVerdict;
import org.stroma.dosing.adsc.ProductCheckRequest;
import org.stroma.dosing.adsc.ProductCheckResult;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;

/**
 * A counted product against a target of 5 x 10^5 cells/mL × 20 mL = 1.0 × 10^7 viable cells;
 * delivered viable cells = counted × viability × (1 − loss).
 */
class ProductCheckTest {

    private static final BigDecimal TOLERANCE = BigDecimal.TEN;

    private final AmountParser parse = new AmountParser();
    private final CellDoseCalculator calculator = new CellDoseCalculator();

    private CellDoseRequest target(String lossPercent) {
        return new CellDoseRequest(parse.parse("dose", "5 x 10^5 cells/mL"), parse.volume("graftVolume", "20 mL"),
                BigDecimal.valueOf(80), new BigDecimal(lossPercent));
    }

    private ProductCheckResult check(String lossPercent, String counted, String viabilityPercent) {
        return calculator.check(new ProductCheckRequest(target(lossPercent), parse.cells("countedCells", counted),
                new BigDecimal(viabilityPercent), TOLERANCE));
    }

    @Test
    void exactlyAtTheLowerEdgeIsWithinAndOneCellLessIsUnder() {
        // 12 500 000 × 0.8 × 0.9 = 9 000 000 = 1.0e7 × (1 − 0.10): on the edge
        ProductCheckResult edge = check("10", "12500000", "80");
        Expect.exactly("9000000", edge.deliverableViableCells(), DosingUnits.CELLS);
        Expect.exactly("9000000", edge.lowestAcceptable(), DosingUnits.CELLS);
        assertEquals(DoseVerdict.WITHIN_TOLERANCE, edge.verdict());
        // (9.0e6 / 1.0e7 − 1) × 100 = −10 %
        assertEquals(-10.0, edge.deviationPercent().doubleValue(), 1e-12);
        // 12 499 999 × 0.72 = 8 999 999.28, below 9 000 000
        assertEquals(DoseVerdict.UNDER_DOSE, check("10", "12499999", "80").verdict());
    }

    @Test
    void exactlyAtTheUpperEdgeIsWithinAndBeyondIsOver() {
        // no loss: 13 750 000 × 0.8 = 11 000 000 = 1.0e7 × (1 + 0.10): on the edge
        ProductCheckResult edge = check("0", "13750000", "80");
        Expect.exactly("11000000", edge.highestAcceptable(), DosingUnits.CELLS);
        assertEquals(DoseVerdict.WITHIN_TOLERANCE, edge.verdict());
        // 13 750 002 × 0.8 = 11 000 001.6, above 11 000 000
        ProductCheckResult over = check("0", "13750002", "80");
        assertEquals(DoseVerdict.OVER_DOSE, over.verdict());
        // (11 000 001.6 / 1.0e7 − 1) × 100 = 10.000016 %
        assertEquals((11_000_001.6 / 1.0e7 - 1) * 100, over.deviationPercent().doubleValue(), 1e-9);
    }

    @Test
    void farBelowAndFarAboveAreFlagged() {
        // 5.0e6 × 0.8 = 4.0e6, −60 %
        assertEquals(DoseVerdict.UNDER_DOSE, check("0", "5e6", "80").verdict());
        // 5.0e7 × 0.8 = 4.0e7, +300 %
        assertEquals(DoseVerdict.OVER_DOSE, check("0", "5e7", "80").verdict());
    }

    @Test
    void aZeroToleranceAcceptsOnlyTheTarget() {
        CellDoseRequest target = target("0");
        // 12 500 000 × 0.8 = 1.0e7 exactly
        assertEquals(DoseVerdict.WITHIN_TOLERANCE, calculator.check(new ProductCheckRequest(target,
                parse.cells("countedCells", "12500000"), BigDecimal.valueOf(80), BigDecimal.ZERO)).verdict());
        // 12 500 001 × 0.8 = 10 000 000.8
        assertEquals(DoseVerdict.OVER_DOSE, calculator.check(new ProductCheckRequest(target,
                parse.cells("countedCells", "12500001"), BigDecimal.valueOf(80), BigDecimal.ZERO)).verdict());
    }

    @Test
    void theResultKeepsItsInputsAndFormula() {
        ProductCheckResult result = check("10", "12500000", "80");
        assertEquals("adsc-dose-check/1", result.formula().toString());
        Expect.exactly("12500000", result.inputs().countedCells(), DosingUnits.CELLS);
        Expect.exactly("10000000", result.targetViableCells(), DosingUnits.CELLS);
    }

    @Test
    void nonsenseChecksAreRefused() {
        CellDoseRequest target = target("10");
        Expect.refused("tolerancePercent", () -> new ProductCheckRequest(target, parse.cells("countedCells", "1e7"),
                BigDecimal.valueOf(80), BigDecimal.valueOf(100)));
        Expect.refused("tolerancePercent", () -> new ProductCheckRequest(target, parse.cells("countedCells", "1e7"),
                BigDecimal.valueOf(80), BigDecimal.valueOf(-1)));
        Expect.refused("countedViabilityPercent", () -> new ProductCheckRequest(target,
                parse.cells("countedCells", "1e7"), BigDecimal.ZERO, TOLERANCE));
        Expect.refused("countedViabilityPercent", () -> new ProductCheckRequest(target,
                parse.cells("countedCells", "1e7"), BigDecimal.valueOf(101), TOLERANCE));
        Expect.refused("countedCells", () -> new ProductCheckRequest(target, parse.cells("countedCells", "0"),
                BigDecimal.valueOf(80), TOLERANCE));
        Expect.refused("countedCells", () -> parse.cells("countedCells", "20 mL"));
        Expect.refused("target", () -> new ProductCheckRequest(null, parse.cells("countedCells", "1e7"),
                BigDecimal.valueOf(80), TOLERANCE));
    }
}
