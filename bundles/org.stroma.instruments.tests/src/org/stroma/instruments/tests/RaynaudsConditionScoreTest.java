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
import org.stroma.instruments.RaynaudsConditionScore;

class RaynaudsConditionScoreTest {

    private final RaynaudsConditionScore rcs = new RaynaudsConditionScore();

    private static ItemValues.Builder diary(String scale, double... days) {
        ItemValues.Builder builder = ItemValues.builder().put("scale", scale);
        for (int day = 1; day <= days.length; day++) {
            builder.put("day" + day, days[day - 1]);
        }
        return builder;
    }

    @Test
    void averagesAWeekOnTheZeroToTenScale() {
        Scores scores = scored(rcs, diary("0-10", 2, 3, 4, 5, 6, 7, 8).build());

        assertEquals((2 + 3 + 4 + 5 + 6 + 7 + 8) / 7.0, score(scores, "mean"), EXACT);
        assertEquals(35.0 / 7, score(scores, "mean0to10"), EXACT);
        assertEquals(7, score(scores, "daysRecorded"), EXACT);
        assertEquals(List.of("scale: 0-10"), scores.notes());
    }

    @Test
    void zeroToHundredDiaryKeepsItsScaleAndIsAlsoGivenOnZeroToTen() {
        Scores scores = scored(rcs, diary("0-100", 20, 35, 50).build());

        assertEquals((20 + 35 + 50) / 3.0, score(scores, "mean"), EXACT);
        assertEquals(35.0 / 10, score(scores, "mean0to10"), EXACT);
        assertEquals(List.of("scale: 0-100"), scores.notes());
    }

    @Test
    void missedDaysAreLeftOutNotCountedZero() {
        Scores scores = scored(rcs, ItemValues.builder().put("scale", "0-10").put("day1", 4).put("day5", 6).build());

        assertEquals((4 + 6) / 2.0, score(scores, "mean"), EXACT);
        assertEquals(2, score(scores, "daysRecorded"), EXACT);
    }

    @Test
    void fourteenDaysAtTheTopOfTheScale() {
        double[] fortnight = new double[14];
        java.util.Arrays.fill(fortnight, 10);
        Scores scores = scored(rcs, diary("0-10", fortnight).build());

        assertEquals(10, score(scores, "mean"), EXACT);
        assertEquals(14, score(scores, "daysRecorded"), EXACT);
    }

    @Test
    void aFifteenthDayIsRefused() {
        assertEquals("RCS item \"day15\": not an item of RCS",
                refusal(rcs, diary("0-10", 1).put("day15", 2).build()));
    }

    @Test
    void atLeastOneDayIsRequired() {
        assertEquals("RCS: record at least one day (day1..day14)",
                refusal(rcs, ItemValues.builder().put("scale", "0-10").build()));
    }

    @Test
    void aDayAboveTheDiaryScaleIsRefused() {
        assertEquals("RCS item \"day3\": 12 is outside 0-10", refusal(rcs, diary("0-10", 5, 5, 12).build()));
        assertEquals("RCS item \"day1\": 101 is outside 0-100", refusal(rcs, diary("0-100", 101).build()));
    }

    @Test
    void twelveIsFineOnTheZeroToHundredScale() {
        assertEquals(12, score(scored(rcs, diary("0-100", 12).build()), "mean"), EXACT);
    }

    @Test
    void theScaleIsRequiredAndFixed() {
        assertEquals("RCS item \"scale\": required but missing", refusal(rcs, ItemValues.builder().put("day1", 3).build()));
        assertEquals("RCS item \"scale\": \"1-5\" is not one of 0-10, 0-100", refusal(rcs, diary("1-5", 3).build()));
    }
}
