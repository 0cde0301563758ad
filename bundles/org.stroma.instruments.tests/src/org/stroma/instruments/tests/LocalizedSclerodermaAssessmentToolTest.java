package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.codes;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.LocalizedSclerodermaAssessmentTool;

class LocalizedSclerodermaAssessmentToolTest {

    /** The 18 LoSCAT sites (Arkachaisri 2009), written out independently of the instrument. */
    static final List<String> SITES = List.of("head", "neck", "chest", "abdomen", "upperBack", "lowerBack",
            "rightArm", "leftArm", "rightForearm", "leftForearm", "rightHand", "leftHand",
            "rightThigh", "leftThigh", "rightLeg", "leftLeg", "rightFoot", "leftFoot");

    static final List<String> GRADES = List.of("erythema", "skinThickness",
            "dermalAtrophy", "subcutaneousAtrophy", "dyspigmentation");

    private final LocalizedSclerodermaAssessmentTool loscat = new LocalizedSclerodermaAssessmentTool();

    private static ItemValues.Builder globals() {
        return ItemValues.builder().put("pgaA", 40).put("pgaD", 25.5);
    }

    @Test
    void hasSixItemsForEachOfEighteenSitesPlusTheTwoGlobals() {
        assertEquals(18 * 6 + 2, loscat.items().size());
        for (String site : SITES) {
            for (String grade : GRADES) {
                assertEquals("0-3", loscat.item(site + "." + grade).orElseThrow().rangeText());
            }
            assertEquals(true, codes(loscat).contains(site + ".newLesion"));
        }
    }

    @Test
    void workedExample() {
        Scores scores = scored(loscat, globals()
                .put("head.erythema", 2).put("head.skinThickness", 1).put("head.newLesion", true)
                .put("head.dermalAtrophy", 1)
                .put("rightForearm.skinThickness", 3).put("rightForearm.dyspigmentation", 2)
                .put("leftThigh.subcutaneousAtrophy", 3).put("leftThigh.newLesion", false)
                .build());

        // mLoSSI: head 2 + 1 + 3 (new lesion) + right forearm 3; the left thigh's "no" adds 0
        assertEquals(2 + 1 + 3 + 3, score(scores, "mlossi"), EXACT);
        // LoSDI: head 1 + right forearm 2 + left thigh 3
        assertEquals(1 + 2 + 3, score(scores, "losdi"), EXACT);
        assertEquals(40, score(scores, "pgaA"), EXACT);
        assertEquals(25.5, score(scores, "pgaD"), EXACT);
        assertEquals(List.of("sites with findings: 3 of 18 (blank site items count 0)"), scores.notes());
    }

    @Test
    void blankSitesCountZero() {
        Scores scores = scored(loscat, globals().build());

        assertEquals(0, score(scores, "mlossi"), EXACT);
        assertEquals(0, score(scores, "losdi"), EXACT);
    }

    @Test
    void everySiteAtMaximumGivesOneHundredSixtyTwoEach() {
        ItemValues.Builder values = globals().put("pgaA", 100).put("pgaD", 0);
        for (String site : SITES) {
            GRADES.forEach(grade -> values.put(site + "." + grade, 3));
            values.put(site + ".newLesion", true);
        }
        Scores scores = scored(loscat, values.build());

        assertEquals(18 * (3 + 3 + 3), score(scores, "mlossi"), EXACT);
        assertEquals(18 * (3 + 3 + 3), score(scores, "losdi"), EXACT);
        assertEquals(100, score(scores, "pgaA"), EXACT);
    }

    @Test
    void gradeAboveThreeIsRefused() {
        assertEquals("LoSCAT item \"head.erythema\": 4 is outside 0-3",
                refusal(loscat, globals().put("head.erythema", 4).build()));
    }

    @Test
    void newLesionIsYesOrNoNotAPointValue() {
        assertEquals("LoSCAT item \"neck.newLesion\": expects yes/no, got 3",
                refusal(loscat, globals().put("neck.newLesion", 3).build()));
    }

    @Test
    void physicianGlobalsAreRequiredAndZeroToHundred() {
        assertEquals("LoSCAT item \"pgaA\": required but missing",
                refusal(loscat, ItemValues.builder().put("pgaD", 10).build()));
        assertEquals("LoSCAT item \"pgaD\": 100.5 is outside 0-100", refusal(loscat, globals().put("pgaD", 100.5).build()));
    }

    @Test
    void unknownSiteIsRefused() {
        assertEquals("LoSCAT item \"scalp.erythema\": not an item of LoSCAT",
                refusal(loscat, globals().put("scalp.erythema", 1).build()));
    }
}
