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
import org.stroma.instruments.CochinHandFunctionScale;

class CochinHandFunctionScaleTest {

    static final List<String> TASKS = List.of("holdBowl", "liftFullBottle", "holdPlate", "pourFromBottle",
            "unscrewJarLid", "cutMeat", "prickWithFork", "peelFruit", "buttonShirt", "openCloseZipper",
            "squeezeToothpaste", "holdToothbrush", "writeSentence", "writeLetter", "turnDoorKnob",
            "cutPaperWithScissors", "pickUpCoins", "turnKeyInLock");

    private final CochinHandFunctionScale cochin = new CochinHandFunctionScale();

    @Test
    void hasEighteenTasksEachZeroToFive() {
        assertEquals(TASKS, codes(cochin));
        cochin.items().forEach(task -> assertEquals("0-5", task.rangeText()));
    }

    @Test
    void totalIsTheSumOfTasks() {
        var scores = scored(cochin, all(TASKS, 0).put("holdBowl", 1).put("cutMeat", 4).put("buttonShirt", 3)
                .put("turnKeyInLock", 5).build());

        assertEquals(1 + 4 + 3 + 5, score(scores, "total"), EXACT);
    }

    @Test
    void boundaries() {
        assertEquals(0, score(scored(cochin, all(TASKS, 0).build()), "total"), EXACT);
        assertEquals(18 * 5, score(scored(cochin, all(TASKS, 5).build()), "total"), EXACT);
    }

    @Test
    void taskAboveFiveIsRefused() {
        assertEquals("CHFS item \"peelFruit\": 6 is outside 0-5", refusal(cochin, all(TASKS, 0).put("peelFruit", 6).build()));
    }

    @Test
    void everyTaskIsRequired() {
        assertEquals("CHFS item \"pickUpCoins\": required but missing",
                refusal(cochin, all(TASKS, 2).remove("pickUpCoins").build()));
    }

    @Test
    void unknownTaskIsRefused() {
        assertEquals("CHFS item \"tieShoes\": not an item of CHFS", refusal(cochin, all(TASKS, 0).put("tieShoes", 1).build()));
    }
}
