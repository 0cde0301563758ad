package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;

/** ADSC-assisted grafting at 5 x 10^5 cells per mL of fat, as in the facial LoS trial. */
class CellDoseCalculatorTest {

    private static final BigDecimal EIGHTY = new BigDecimal("80");
    private static final BigDecimal TEN = new BigDecimal("10");

    private final AmountParser parse = new AmountParser();
    private final CellDoseCalculator calculator = new CellDoseCalculator();

    private Quantity<?> dose(String text) {
        return parse.parse("dose", text);
    }

    private Quantity<Volume> graft(String text) {
        return parse.volume("graftVolume", text);
    }

    @Test
    void twentyMillilitresAtFiveTimesTenToTheFifthWithViabilityAndLosses() {
        CellDoseRequest request = new CellDoseRequest(dose("5 x 10^5 cells/mL"), graft("20 mL"), EIGHTY, TEN);
        CellDoseResult result = calculator.dose(request);

        // 5 × 10^5 cells/mL × 20 mL = 1.0 × 10^7 viable cells must reach the graft
        Expect.exactly("10000000", result.viableCellsToDeliver(), DosingUnits.CELLS);
        // 10 % are lost on the way: 1.0e7 / 0.9
        Expect.about(1.0e7 / 0.9, result.viableCellsBeforeLosses(), DosingUnits.CELLS);
        // only 80 % are viable: 1.0e7 / 0.8 / 0.9 = 13 888 888.9, rounded up to a whole cell
        Expect.exactly(String.valueOf((long) Math.ceil(1.0e7 / 0.8 / 0.9)), result.cellsToPrepare(), DosingUnits.CELLS);
        Expect.exactly("13888889", result.cellsToPrepare(), DosingUnits.CELLS);
        Expect.exactly("500000", result.dosePerMillilitre(), DosingUnits.CELLS_PER_MILLILITRE);
        Expect.exactly("20", result.graftVolume(), DosingUnits.MILLILITRE);
        assertEquals("adsc-dose/1", result.formula().toString());
        assertSame(request, result.inputs());
    }

    @Test
    void aGraftInLitresGivesTheSameCount() {
        CellDoseResult litres = calculator.dose(new CellDoseRequest(dose("5e5 cells/mL"), graft("0.02 L"), EIGHTY, TEN));
        // 0.02 L = 20 mL, so again 5 × 10^5 × 20 = 1.0 × 10^7 and ceil(1.0e7 / 0.8 / 0.9) = 13 888 889
        Expect.exactly("10000000", litres.viableCellsToDeliver(), DosingUnits.CELLS);
        Expect.exactly("13888889", litres.cellsToPrepare(), DosingUnits.CELLS);
    }

    @Test
    void aDosePerLitreIsConvertedByTheUnitsLibrary() {
        CellDoseResult result = calculator.dose(
                new CellDoseRequest(dose("5 x 10^8 cells/L"), graft("20 mL"), BigDecimal.valueOf(100), BigDecimal.ZERO));
        // 5 × 10^8 cells/L = 5 × 10^5 cells/mL; × 20 mL = 1.0 × 10^7; at 100 % and no loss nothing is added
        Expect.exactly("500000", result.dosePerMillilitre(), DosingUnits.CELLS_PER_MILLILITRE);
        Expect.exactly("10000000", result.cellsToPrepare(), DosingUnits.CELLS);
    }

    @Test
    void aDosePerGramUsesTheFatDensity() {
        CellDoseRequest request = new CellDoseRequest(dose("5 x 10^5 cells/g"), graft("20 mL"),
                Optional.of(parse.parse("fatDensity", "0.9 g/mL")), BigDecimal.valueOf(100), BigDecimal.ZERO);
        CellDoseResult result = calculator.dose(request);
        // 5 × 10^5 cells/g × 0.9 g/mL = 4.5 × 10^5 cells/mL; × 20 mL = 9.0 × 10^6 cells
        Expect.exactly("450000", result.dosePerMillilitre(), DosingUnits.CELLS_PER_MILLILITRE);
        Expect.exactly("9000000", result.viableCellsToDeliver(), DosingUnits.CELLS);
    }

    @Test
    void aDosePerGramWithoutDensityIsRefused() {
        DosingInputException e = Expect.refused("dose",
                () -> new CellDoseRequest(dose("5 x 10^5 cells/g"), graft("20 mL"), EIGHTY, TEN));
        assertTrue(e.reason().contains("density"), e.getMessage());
    }

    @Test
    void aDoseThatIsNotCellsPerAmountIsRefused() {
        Expect.refused("dose", () -> new CellDoseRequest(dose("20 mL"), graft("20 mL"), EIGHTY, TEN));
        Expect.refused("dose", () -> new CellDoseRequest(dose("5e5"), graft("20 mL"), EIGHTY, TEN));
        Expect.refused("dose", () -> new CellDoseRequest(dose("0 cells/mL"), graft("20 mL"), EIGHTY, TEN));
        Expect.refused("dose", () -> new CellDoseRequest(null, graft("20 mL"), EIGHTY, TEN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void zeroNegativeOrMassGraftVolumesAreRefused() {
        Expect.refused("graftVolume", () -> new CellDoseRequest(dose("5e5/mL"), graft("0 mL"), EIGHTY, TEN));
        Expect.refused("graftVolume", () -> new CellDoseRequest(dose("5e5/mL"), graft("-20 mL"), EIGHTY, TEN));
        // a mass smuggled past the compiler is still caught by its dimension
        Quantity<Volume> mass = (Quantity<Volume>) parse.parse("graftVolume", "20 g");
        DosingInputException e = Expect.refused("graftVolume",
                () -> new CellDoseRequest(dose("5e5/mL"), mass, EIGHTY, TEN));
        assertTrue(e.reason().contains("mass"), e.getMessage());
    }

    @Test
    void viabilityMustBeAboveZeroAndAtMostOneHundredPercent() {
        for (String bad : new String[] {"0", "-1", "100.01", "120"}) {
            Expect.refused("viabilityPercent",
                    () -> new CellDoseRequest(dose("5e5/mL"), graft("20 mL"), new BigDecimal(bad), TEN));
        }
        // 100 % is allowed: ceil(1.0e7 / 1.0 / 0.9) = 11 111 112
        CellDoseResult full = calculator.dose(
                new CellDoseRequest(dose("5e5/mL"), graft("20 mL"), BigDecimal.valueOf(100), TEN));
        Expect.exactly(String.valueOf((long) Math.ceil(1.0e7 / 0.9)), full.cellsToPrepare(), DosingUnits.CELLS);
    }

    @Test
    void lossesMustBeAtLeastZeroAndBelowOneHundredPercent() {
        for (String bad : new String[] {"-0.1", "100", "150"}) {
            Expect.refused("processingLossPercent",
                    () -> new CellDoseRequest(dose("5e5/mL"), graft("20 mL"), EIGHTY, new BigDecimal(bad)));
        }
        // no loss: 1.0e7 / 0.8 = 12 500 000 exactly
        CellDoseResult none = calculator.dose(
                new CellDoseRequest(dose("5e5/mL"), graft("20 mL"), EIGHTY, BigDecimal.ZERO));
        Expect.exactly("12500000", none.cellsToPrepare(), DosingUnits.CELLS);
    }

    @Test
    void aNonsenseDensityIsRefused() {
        Expect.refused("fatDensity", () -> new CellDoseRequest(dose("5e5 cells/g"), graft("20 mL"),
                Optional.of(parse.parse("fatDensity", "0 g/mL")), EIGHTY, TEN));
        Expect.refused("fatDensity", () -> new CellDoseRequest(dose("5e5 cells/g"), graft("20 mL"),
                Optional.of(parse.parse("fatDensity", "0.9 g")), EIGHTY, TEN));
    }

    @Test
    void unparseableDoseTextIsRefusedNamingTheField() {
        Expect.refused("dose", () -> dose("five hundred thousand per mL"));
    }
}
