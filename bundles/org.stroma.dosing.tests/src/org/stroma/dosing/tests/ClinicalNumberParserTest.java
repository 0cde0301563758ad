package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.units.ClinicalNumberParser;

/** The forms of numbers clinicians write, and the ambiguous ones that are refused. */
class ClinicalNumberParserTest {

    private final ClinicalNumberParser parser = new ClinicalNumberParser();

    // Unicode escapes keep the sources ASCII; each row's comment shows what is typed.
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "500000",
        "5e5",
        "5E5",
        "5e+5",
        "5 x 10^5",
        "5x10^5",
        "5 X 10^5",
        "5 * 10^5",
        "5 \u00D7 10^5", // 5 × 10^5
        "5\u00D710^5", // 5×10^5
        "5\u00D710\u2075", // 5×10⁵
        "5 \u00B7 10\u2075", // 5 · 10⁵
        "0.5 x 10^6",
        "50 x 10^4",
        "  5e5  ",
        "5\u00A0\u00D7\u00A010\u2075", // no-break spaces, as pasted from a protocol PDF
    })
    void everyAcceptedFormOfFiveTimesTenToTheFifthIs500000(String text) {
        assertEquals(0, new BigDecimal("500000").compareTo(parser.parse("dose", text)), text);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
        "10^6; 1000000",
        "10\u2076; 1000000", // 10⁶
        "2\u00D710\u207B\u00B3; 0.002", // 2×10⁻³: superscript minus
        "2 x 10^-3; 0.002",
        "2 x 10^\u22123; 0.002", // Unicode minus sign
        "2.5e-3; 0.0025",
        "1.5 x 10^6; 1500000",
        "1.0 \u00D7 10\u2077; 10000000", // 1.0 × 10⁷, the formatter's own output
        "0.25; 0.25",
        "-5; -5",
        "\u22125; -5",
        "10; 10",
        "100; 100",
    })
    void powersSignsAndDecimals(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(parser.parse("value", text)), text);
    }

    @Test
    void commasAreRefusedBecauseTheyAreAmbiguousAcrossLocales() {
        DosingInputException e = Expect.refused("countedCells", () -> parser.parse("countedCells", "500,000"));
        assertTrue(e.reason().contains("comma"), e.getMessage());
        Expect.refused("viabilityPercent", () -> parser.parse("viabilityPercent", "0,5"));
    }

    @Test
    void nakedAndTrailingDecimalPointsAreRefused() {
        assertTrue(Expect.refused("volume", () -> parser.parse("volume", ".5")).reason().contains("0.5"));
        assertTrue(Expect.refused("volume", () -> parser.parse("volume", "5.")).reason().contains("5."));
    }

    @Test
    void digitGroupsSeparatedBySpacesAreRefused() {
        Expect.refused("countedCells", () -> parser.parse("countedCells", "500 000"));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "   ", "abc", "five", "e5", "x10^5", "5 x 10", "5 x 10 ^5", "5e", "5 e 5", "10^", "5^5",
        "NaN", "Infinity", "1.2.3", "5 x 10^5 cells", "10^\u2075"})
    void unparseableTextIsRefusedNamingTheField(String text) {
        Expect.refused("dose", () -> parser.parse("dose", text));
    }

    @Test
    void nullIsRefusedNamingTheField() {
        Expect.refused("dose", () -> parser.parse("dose", null));
    }

    @Test
    void powersBeyondTenToTheThirtyAreRefused() {
        assertEquals(0, BigDecimal.ONE.scaleByPowerOfTen(30).compareTo(parser.parse("targetCells", "1e30")));
        Expect.refused("targetCells", () -> parser.parse("targetCells", "1e31"));
        Expect.refused("targetCells", () -> parser.parse("targetCells", "5 x 10^-31"));
        Expect.refused("targetCells", () -> parser.parse("targetCells", "1e99999999999"));
    }
}
