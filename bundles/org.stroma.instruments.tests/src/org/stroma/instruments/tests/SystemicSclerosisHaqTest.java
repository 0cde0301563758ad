package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.SystemicSclerosisHaq;

class SystemicSclerosisHaqTest {

    static final List<String> SCALES = List.of("painVas", "intestinalVas", "breathingVas", "raynaudsVas",
            "digitalUlcersVas", "overallSeverityVas");

    private final SystemicSclerosisHaq sscHaq = new SystemicSclerosisHaq();

    @Test
    void isTheHaqItemsPlusSixScalesZeroToThree() {
        assertEquals(20 + 8 + 6, sscHaq.items().size());
        SCALES.forEach(scale -> assertEquals("0-3", sscHaq.item(scale).orElseThrow().rangeText()));
    }

    @Test
    void scoresTheDisabilityIndexLikeTheHaqDi() {
        // grip 1 raised to 2 by aids; seven other categories 0
        Scores scores = scored(sscHaq, HaqItems.allZero().put("openJars", 1).put("gripAids", true).build());

        assertEquals(2.0 / 8, score(scores, "haqDi"), EXACT);
        assertEquals(1.0 / 8, score(scores, "haqDiWithoutAids"), EXACT);
        assertTrue(scores.notes().contains("aids counted: yes in haqDi, no in haqDiWithoutAids"));
    }

    @Test
    void eachScaleIsReportedOnItsOwn() {
        Scores scores = scored(sscHaq, HaqItems.allZero().put("painVas", 1.4).put("raynaudsVas", 2.2)
                .put("breathingVas", 0).put("overallSeverityVas", 3).build());

        assertEquals(1.4, score(scores, "painVas"), EXACT);
        assertEquals(2.2, score(scores, "raynaudsVas"), EXACT);
        assertEquals(0, score(scores, "breathingVas"), EXACT);
        assertEquals(3, score(scores, "overallSeverityVas"), EXACT);
        assertFalse(scores.has("intestinalVas"));
        assertFalse(scores.has("digitalUlcersVas"));
    }

    @Test
    void scalesWithoutEnoughHaqCategoriesStillScore() {
        Scores scores = scored(sscHaq, HaqItems.zeroFor(List.of("grip")).put("digitalUlcersVas", 2.6).build());

        assertFalse(scores.has("haqDi"));
        assertEquals(2.6, score(scores, "digitalUlcersVas"), EXACT);
    }

    @Test
    void scaleAboveThreeIsRefused() {
        assertEquals("SSc-HAQ item \"intestinalVas\": 3.2 is outside 0-3",
                refusal(sscHaq, HaqItems.allZero().put("intestinalVas", 3.2).build()));
    }

    @Test
    void haqItemAboveThreeIsRefused() {
        assertEquals("SSc-HAQ item \"toilet\": 5 is outside 0-3",
                refusal(sscHaq, HaqItems.allZero().put("toilet", 5).build()));
    }

    @Test
    void unknownItemIsRefused() {
        assertEquals("SSc-HAQ item \"fatigueVas\": not an item of SSc-HAQ",
                refusal(sscHaq, HaqItems.allZero().put("fatigueVas", 1).build()));
    }
}
