package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.ClinicalFormat;
import org.stroma.dosing.units.DosingUnits;

/** Results in the forms clinicians use; expected strings are written out by hand. */
class ClinicalFormatTest {

    private static final String TIMES_TEN = " \u00D7 10"; // " × 10"

    private final ClinicalFormat format = new ClinicalFormat();

    @Test
    void cellCountsInScientificNotationWithSuperscriptPowers() {
        assertEquals("1.0" + TIMES_TEN + "\u2077 cells", format.format(Amounts.cells(new BigDecimal("1e7"))));
        // 13 888 889 = 1.3888889 × 10^7, two significant digits: 1.4 × 10^7
        assertEquals("1.4" + TIMES_TEN + "\u2077 cells", format.format(Amounts.cells(new BigDecimal("13888889"))));
        // 9 960 000 rounds to 10 × 10^6, written 1.0 × 10^7
        assertEquals("1.0" + TIMES_TEN + "\u2077 cells", format.format(Amounts.cells(new BigDecimal("9960000"))));
        assertEquals("2.0" + TIMES_TEN + "\u207B\u00B3", format.scientific(new BigDecimal("0.002")));
        assertEquals("0 cells", format.format(Amounts.cells(BigDecimal.ZERO)));
    }

    @Test
    void concentrationsAndDensitiesShowCellsPerUnit() {
        assertEquals("5.0" + TIMES_TEN + "\u2075 cells/mL",
                format.format(Amounts.ofUnit(new BigDecimal("500000"), DosingUnits.CELLS_PER_MILLILITRE)));
        // 5 × 10^8 cells/L is shown per mL: 5 × 10^8 ÷ 1000 = 5 × 10^5
        assertEquals("5.0" + TIMES_TEN + "\u2075 cells/mL",
                format.format(Amounts.ofUnit(new BigDecimal("5e8"), DosingUnits.CELLS_PER_LITRE)));
        assertEquals("2.5" + TIMES_TEN + "\u2074 cells/cm\u00B2",
                format.format(Amounts.ofUnit(new BigDecimal("25000"), DosingUnits.CELLS_PER_SQUARE_CENTIMETRE)));
    }

    @Test
    void volumesInMillilitresWithAtLeastOneDecimal() {
        assertEquals("20.0 mL", format.format(Amounts.of("20", DosingUnits.MILLILITRE)));
        assertEquals("20.0 mL", format.format(Amounts.of("0.02", DosingUnits.LITRE)));
        assertEquals("0.25 mL", format.format(Amounts.of("0.25", DosingUnits.MILLILITRE)));
        assertEquals("0.5 mL", format.format(Amounts.of("0.5", DosingUnits.MILLILITRE)));
        assertEquals("13.3 mL", format.format(Amounts.of("13.3333", DosingUnits.MILLILITRE)));
        assertEquals("175.4 mL", format.format(Amounts.of("175.4", DosingUnits.MILLILITRE)));
        assertEquals("0.005 mL", format.format(Amounts.of("0.005", DosingUnits.MILLILITRE)));
    }

    @Test
    void daysStayDaysAndHoursStayHours() {
        assertEquals("9.0 d", format.format(Amounts.of("9", DosingUnits.DAY)));
        assertEquals("36.0 h", format.format(Amounts.of("36", DosingUnits.HOUR)));
    }

    @Test
    void outputDoesNotDependOnTheComputersLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma where the locale is used
            assertEquals("20.0 mL", new ClinicalFormat().format(Amounts.of("20", DosingUnits.MILLILITRE)));
            assertEquals("1.4" + TIMES_TEN + "\u2077 cells",
                    new ClinicalFormat().format(Amounts.cells(new BigDecimal("13888889"))));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void formattedAmountsParseBack() {
        AmountParser parser = new AmountParser();
        Expect.exactly("14000000", parser.cells("cells", format.format(Amounts.cells(new BigDecimal("13888889")))),
                DosingUnits.CELLS);
        Expect.exactly("500000", parser.parse("dose",
                format.format(Amounts.ofUnit(new BigDecimal("500000"), DosingUnits.CELLS_PER_MILLILITRE))),
                DosingUnits.CELLS_PER_MILLILITRE);
        Expect.exactly("0.25", parser.volume("volume", format.format(Amounts.of("0.25", DosingUnits.MILLILITRE))),
                DosingUnits.MILLILITRE);
    }

    @Test
    void moreSignificantDigitsOnRequest() {
        assertEquals("1.389" + TIMES_TEN + "\u2077", new ClinicalFormat(4, 3).scientific(new BigDecimal("13888889")));
    }
}
