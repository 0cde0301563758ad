package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.codes;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.FingerCircumference;

class FingerCircumferenceTest {

    private final FingerCircumference fingers = new FingerCircumference();

    private static ItemValues.Builder rightHand(double index, double middle, double ring, double little) {
        return ItemValues.builder().put("rightIndexFinger", index).put("rightMiddleFinger", middle)
                .put("rightRingFinger", ring).put("rightLittleFinger", little);
    }

    @Test
    void secondToFifthFingerOfEachHandInMillimetres() {
        assertEquals(List.of("rightIndexFinger", "leftIndexFinger", "rightMiddleFinger", "leftMiddleFinger",
                "rightRingFinger", "leftRingFinger", "rightLittleFinger", "leftLittleFinger"), codes(fingers));
        fingers.items().forEach(finger -> assertEquals("mm", finger.unit()));
    }

    @Test
    void handMeanOverItsFourFingers() {
        Scores scores = scored(fingers, rightHand(62, 65, 60, 52).build());

        assertEquals((62 + 65 + 60 + 52) / 4.0, score(scores, "rightHandMean"), EXACT);
        assertFalse(scores.has("leftHandMean"));
        assertEquals(List.of("right hand: 4 of 4 fingers measured", "left hand: 0 of 4 fingers measured"),
                scores.notes());
    }

    @Test
    void noMeanForAHandWithAFingerMissing() {
        Scores scores = scored(fingers, rightHand(62, 65, 60, 52).put("leftIndexFinger", 61)
                .put("leftMiddleFinger", 64).put("leftRingFinger", 59).build());

        assertEquals(59.75, score(scores, "rightHandMean"), EXACT);
        assertFalse(scores.has("leftHandMean"));
        assertEquals("left hand: 3 of 4 fingers measured", scores.notes().get(1));
    }

    @Test
    void plausibleRangeBoundsAreAccepted() {
        assertEquals((30 + 120 + 30 + 120) / 4.0, score(scored(fingers, rightHand(30, 120, 30, 120).build()),
                "rightHandMean"), EXACT);
    }

    @Test
    void implausibleCircumferenceIsRefused() {
        assertEquals("Finger circumference item \"rightIndexFinger\": 29 is outside 30-120",
                refusal(fingers, rightHand(29, 60, 60, 50).build()));
        assertEquals("Finger circumference item \"leftLittleFinger\": 121 is outside 30-120",
                refusal(fingers, ItemValues.builder().put("leftLittleFinger", 121).build()));
    }

    @Test
    void atLeastOneFingerIsRequired() {
        assertEquals("Finger circumference: measure at least one finger", refusal(fingers, ItemValues.empty()));
    }

    @Test
    void thumbIsNotAnItem() {
        assertEquals("Finger circumference item \"rightThumb\": not an item of Finger circumference",
                refusal(fingers, rightHand(62, 65, 60, 52).put("rightThumb", 70).build()));
    }
}
