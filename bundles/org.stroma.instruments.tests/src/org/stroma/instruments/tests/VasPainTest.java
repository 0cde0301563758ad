package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.VasPain;

class VasPainTest {

    private final VasPain vas = new VasPain();

    private static ItemValues pain(double pain, String unit) {
        return ItemValues.builder().put("pain", pain).put("unit", unit).build();
    }

    @Test
    void millimetresAreKept() {
        Scores scores = scored(vas, pain(45, "mm"));

        assertEquals(45, score(scores, "painMm"), EXACT);
        assertEquals(List.of("recorded in mm"), scores.notes());
    }

    @Test
    void centimetresAreConvertedToMillimetres() {
        Scores scores = scored(vas, pain(4.5, "cm"));

        assertEquals(4.5 * 10, score(scores, "painMm"), EXACT);
        assertEquals(List.of("recorded in cm"), scores.notes());
        assertEquals(73, score(scored(vas, pain(7.3, "cm")), "painMm"), EXACT);
    }

    @Test
    void endsOfTheLine() {
        assertEquals(0, score(scored(vas, pain(0, "cm")), "painMm"), EXACT);
        assertEquals(100, score(scored(vas, pain(10, "cm")), "painMm"), EXACT);
        assertEquals(100, score(scored(vas, pain(100, "mm")), "painMm"), EXACT);
    }

    @Test
    void centimetreValueAboveTenIsRefused() {
        assertEquals("VAS pain item \"pain\": 10.5 is outside 0-10", refusal(vas, pain(10.5, "cm")));
    }

    @Test
    void millimetreValueAboveHundredIsRefused() {
        assertEquals("VAS pain item \"pain\": 100.5 is outside 0-100", refusal(vas, pain(100.5, "mm")));
    }

    @Test
    void unitIsRequiredAndEitherMmOrCm() {
        assertEquals("VAS pain item \"unit\": \"in\" is not one of mm, cm", refusal(vas, pain(3, "in")));
        assertEquals("VAS pain item \"unit\": required but missing",
                refusal(vas, ItemValues.builder().put("pain", 30).build()));
    }

    @Test
    void unknownItemIsRefused() {
        assertEquals("VAS pain item \"site\": not an item of VAS pain",
                refusal(vas, pain(30, "mm").toBuilder().put("site", "hand").build()));
    }
}
