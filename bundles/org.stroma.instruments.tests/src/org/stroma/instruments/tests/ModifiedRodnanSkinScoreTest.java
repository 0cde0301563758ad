package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.all;
import static org.stroma.instruments.tests.InstrumentAssertions.codes;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.ModifiedRodnanSkinScore;

class ModifiedRodnanSkinScoreTest {

    /** The 17 published sites, written out independently of the instrument. */
    static final List<String> SITES = List.of("face", "anteriorChest", "abdomen",
            "rightFingers", "leftFingers", "rightDorsumOfHand", "leftDorsumOfHand",
            "rightForearm", "leftForearm", "rightUpperArm", "leftUpperArm",
            "rightThigh", "leftThigh", "rightLowerLeg", "leftLowerLeg", "rightFoot", "leftFoot");

    private final ModifiedRodnanSkinScore mrss = new ModifiedRodnanSkinScore();

    @Test
    void hasTheSeventeenSitesEachZeroToThree() {
        assertEquals(SITES, codes(mrss));
        mrss.items().forEach(site -> assertEquals("0-3", site.rangeText()));
    }

    @Test
    void faceAndBothFingersGiveTotalEightAndHandSix() {
        Scores scores = scored(mrss, all(SITES, 0).put("face", 2).put("rightFingers", 3).put("leftFingers", 3).build());

        assertEquals(2 + 3 + 3, score(scores, "total"), EXACT);
        assertEquals(3 + 3, score(scores, "hand"), EXACT);
    }

    @Test
    void handScoreTakesDorsumOfHandButNotForearm() {
        Scores scores = scored(mrss, all(SITES, 0).put("rightDorsumOfHand", 2).put("leftDorsumOfHand", 1)
                .put("rightForearm", 3).put("leftFoot", 1).build());

        assertEquals(2 + 1 + 3 + 1, score(scores, "total"), EXACT);
        assertEquals(2 + 1, score(scores, "hand"), EXACT);
    }

    @Test
    void allZeroIsZero() {
        Scores scores = scored(mrss, all(SITES, 0).build());

        assertEquals(0, score(scores, "total"), EXACT);
        assertEquals(0, score(scores, "hand"), EXACT);
    }

    @Test
    void allThreeIsTheMaximum() {
        Scores scores = scored(mrss, all(SITES, 3).build());

        assertEquals(17 * 3, score(scores, "total"), EXACT);
        assertEquals(4 * 3, score(scores, "hand"), EXACT);
    }

    @Test
    void siteAboveThreeIsRefusedNamingSiteAndRange() {
        assertEquals("mRSS item \"face\": 4 is outside 0-3", refusal(mrss, all(SITES, 0).put("face", 4).build()));
    }

    @Test
    void negativeSiteIsRefused() {
        assertEquals("mRSS item \"leftFoot\": -1 is outside 0-3",
                refusal(mrss, all(SITES, 0).put("leftFoot", -1).build()));
    }

    @Test
    void halfPointsAreRefused() {
        assertEquals("mRSS item \"abdomen\": 1.5 is not a whole number",
                refusal(mrss, all(SITES, 0).put("abdomen", 1.5).build()));
    }

    @Test
    void unknownSiteIsRefused() {
        assertEquals("mRSS item \"nose\": not an item of mRSS", refusal(mrss, all(SITES, 0).put("nose", 1).build()));
    }

    @Test
    void everySiteIsRequired() {
        ItemValues withoutLeftThigh = all(SITES, 1).remove("leftThigh").build();

        assertEquals("mRSS item \"leftThigh\": required but missing", refusal(mrss, withoutLeftThigh));
    }
}
