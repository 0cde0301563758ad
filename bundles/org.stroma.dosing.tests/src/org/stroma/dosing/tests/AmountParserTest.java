package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import javax.measure.Quantity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

import tech.units.indriya.unit.Units;

/** Amounts with units, converted by Indriya. */
class AmountParserTest {

    private final AmountParser parser = new AmountParser();

    @Test
    void twoHundredthsOfALitreIsTwentyMillilitres() {
        // 0.02 L × 1000 mL/L = 20 mL
        Expect.exactly("20", parser.volume("graftVolume", "0.02 L"), DosingUnits.MILLILITRE);
        Expect.exactly("0.02", parser.volume("graftVolume", "20 mL"), DosingUnits.LITRE);
        Expect.exactly("20", parser.volume("graftVolume", "20 ml"), DosingUnits.MILLILITRE);
        Expect.exactly("20", parser.volume("graftVolume", "20mL"), DosingUnits.MILLILITRE);
        // 20000 µL ÷ 1000 µL/mL = 20 mL
        Expect.exactly("20", parser.volume("graftVolume", "20000 \u00B5L"), DosingUnits.MILLILITRE);
        Expect.exactly("20", parser.volume("graftVolume", "20000 uL"), DosingUnits.MILLILITRE);
    }

    @Test
    void cellsPerLitreAndCellsPerMillilitre() {
        Quantity<?> perMillilitre = parser.parse("dose", "5 x 10^5 cells/mL", QuantityKind.CELLS_PER_VOLUME);
        // 5 × 10^5 cells/mL × 1000 mL/L = 5 × 10^8 cells/L
        Expect.exactly("500000000", perMillilitre, DosingUnits.CELLS_PER_LITRE);
        Quantity<?> perLitre = parser.parse("dose", "5e8 cells/L", QuantityKind.CELLS_PER_VOLUME);
        Expect.exactly("500000", perLitre, DosingUnits.CELLS_PER_MILLILITRE);
        // "per mL" without the word cells means cells per mL
        Expect.exactly("500000", parser.parse("dose", "5 x 10^5/mL"), DosingUnits.CELLS_PER_MILLILITRE);
        // 5 × 10^5 cells/µL = 5 × 10^8 cells/mL
        Expect.exactly("500000000", parser.parse("dose", "5e5 cells/\u00B5L"), DosingUnits.CELLS_PER_MILLILITRE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2.5e4 cells/cm\u00B2", "2.5e4 cells/cm^2", "2.5e4 cells/cm2", "2.5 \u00D7 10\u2074 cells/cm\u00B2"})
    void densitiesPerSquareCentimetre(String text) {
        Quantity<?> density = parser.parse("platingDensity", text, QuantityKind.CELLS_PER_AREA);
        Expect.exactly("25000", density, DosingUnits.CELLS_PER_SQUARE_CENTIMETRE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"100 cm2", "100 cm\u00B2", "100 cm^2", "100cm2"})
    void aBareAreaInSquareCentimetresIsTheSquareOfACentimetre(String text) {
        Quantity<?> area = parser.parse("growthArea", text, QuantityKind.AREA);
        // 1 cm = 0.01 m, so 1 cm² = 0.01 m × 0.01 m = 0.0001 m²; 100 cm² = 100 × 0.0001 m² = 0.01 m²
        // (read as centi-(square metre) it would be 100 × 0.01 m² = 1 m², 100 times too large)
        Expect.exactly("0.01", area, Units.SQUARE_METRE);
        Expect.exactly("100", area, DosingUnits.SQUARE_CENTIMETRE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5 mm3", "5 mm\u00B3", "5 mm^3"})
    void aBareVolumeInCubicMillimetresIsTheCubeOfAMillimetre(String text) {
        // 1 mm³ = 0.1 cm × 0.1 cm × 0.1 cm = 0.001 cm³ = 0.001 mL; 5 mm³ = 0.005 mL
        Expect.exactly("0.005", parser.volume("graftVolume", text), DosingUnits.MILLILITRE);
    }

    @Test
    void countsWithOrWithoutTheWordCells() {
        Expect.exactly("10000000", parser.cells("countedCells", "1.0 \u00D7 10\u2077 cells"), DosingUnits.CELLS);
        Expect.exactly("10000000", parser.cells("countedCells", "1e7"), DosingUnits.CELLS);
        Expect.exactly("1", parser.cells("countedCells", "1 cell"), DosingUnits.CELLS);
    }

    @Test
    void durationsInHoursOrDays() {
        // 1.5 d × 24 h/d = 36 h
        Expect.exactly("36", parser.duration("doublingTime", "1.5 d"), DosingUnits.HOUR);
        Expect.exactly("36", parser.duration("doublingTime", "36 h"), DosingUnits.HOUR);
    }

    @Test
    void aBareNumberTakesTheUnitShownBesideTheField() {
        Expect.exactly("20", parser.parse("graftVolume", "20", DosingUnits.MILLILITRE), DosingUnits.MILLILITRE);
        // a typed unit wins over the field's unit
        Expect.exactly("20", parser.parse("graftVolume", "0.02 L", DosingUnits.MILLILITRE), DosingUnits.MILLILITRE);
    }

    @Test
    void aVolumeTypedAsAMassIsRefused() {
        DosingInputException e = Expect.refused("graftVolume", () -> parser.volume("graftVolume", "20 g"));
        assertTrue(e.reason().contains("mass") && e.reason().contains("volume"), e.getMessage());
    }

    @Test
    void aVolumeWithoutUnitIsRefused() {
        DosingInputException e = Expect.refused("graftVolume", () -> parser.volume("graftVolume", "20"));
        assertTrue(e.reason().contains("no unit"), e.getMessage());
    }

    @Test
    void aDoseTypedAsAVolumeOrPerGramIsRefusedWhereCellsPerMillilitreAreNeeded() {
        Expect.refused("dose", () -> parser.parse("dose", "20 mL", QuantityKind.CELLS_PER_VOLUME));
        DosingInputException e = Expect.refused("dose",
                () -> parser.parse("dose", "5 x 10^5 cells/g", QuantityKind.CELLS_PER_VOLUME));
        assertTrue(e.reason().contains("cells per mass"), e.getMessage());
    }

    @Test
    void aPercentageIsNotACount() {
        Expect.refused("countedCells", () -> parser.cells("countedCells", "5 %"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20 furlongs", "20 cc", "5 cells/", "5 x 10 mL", "20 mL x", "20 mL 5", "mL", "20 m L",
        // Indriya alone would read these as mL, g/mL, h/cm² and so on
        "20 cells//mL", "20 mL)", "20 [mL]", "20 mL+1", "20 cells/mL/g", "20 cells/cm\u00B2/h", "20 mL\u00B2\u00B2",
        "20 mL^-", "20 mL^99999999999", "20 ml*g", "20 %/mL"})
    void unknownUnfinishedOrCompoundUnitsAreRefused(String text) {
        Expect.refused("graftVolume", () -> parser.parse("graftVolume", text));
    }

    @Test
    void percentagesWithOrWithoutTheSign() {
        assertEquals(0, new BigDecimal("80").compareTo(parser.percent("viabilityPercent", "80")));
        assertEquals(0, new BigDecimal("80").compareTo(parser.percent("viabilityPercent", "80 %")));
        assertEquals(0, new BigDecimal("80.5").compareTo(parser.percent("viabilityPercent", "80.5%")));
        Expect.refused("viabilityPercent", () -> parser.percent("viabilityPercent", "80 mL"));
    }

    @Test
    void plainNumbers() {
        assertEquals(0, new BigDecimal("4").compareTo(parser.number("splitRatio", "4")));
        Expect.refused("splitRatio", () -> parser.number("splitRatio", "1:4"));
    }
}
