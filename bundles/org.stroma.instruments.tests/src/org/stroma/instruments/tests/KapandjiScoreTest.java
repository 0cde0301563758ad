package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.KapandjiScore;

class KapandjiScoreTest {

    private final KapandjiScore kapandji = new KapandjiScore();

    @Test
    void scoredPerHand() {
        Scores scores = scored(kapandji, ItemValues.builder().put("rightHand", 7).put("leftHand", 10).build());

        assertEquals(7, score(scores, "rightHand"), EXACT);
        assertEquals(10, score(scores, "leftHand"), EXACT);
        assertEquals(List.of("rightHand", "leftHand"), List.copyOf(scores.values().keySet()));
    }

    @Test
    void oneHandMayBeBlank() {
        Scores scores = scored(kapandji, ItemValues.builder().put("leftHand", 0).build());

        assertEquals(0, score(scores, "leftHand"), EXACT);
        assertFalse(scores.has("rightHand"));
    }

    @Test
    void atLeastOneHandIsRequired() {
        assertEquals("Kapandji: record at least one hand (rightHand or leftHand)", refusal(kapandji, ItemValues.empty()));
    }

    @Test
    void aboveTenIsRefused() {
        assertEquals("Kapandji item \"rightHand\": 11 is outside 0-10",
                refusal(kapandji, ItemValues.builder().put("rightHand", 11).build()));
    }

    @Test
    void onlyWholePositions() {
        assertEquals("Kapandji item \"leftHand\": 7.5 is not a whole number",
                refusal(kapandji, ItemValues.builder().put("leftHand", 7.5).build()));
    }

    @Test
    void unknownItemIsRefused() {
        assertEquals("Kapandji item \"thumb\": not an item of Kapandji",
                refusal(kapandji, ItemValues.builder().put("rightHand", 5).put("thumb", 5).build()));
    }
}
