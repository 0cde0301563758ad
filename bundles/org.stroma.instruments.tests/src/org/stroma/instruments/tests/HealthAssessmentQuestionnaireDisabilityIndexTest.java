package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.HealthAssessmentQuestionnaireDisabilityIndex;

class HealthAssessmentQuestionnaireDisabilityIndexTest {

    private final HealthAssessmentQuestionnaireDisabilityIndex haq = new HealthAssessmentQuestionnaireDisabilityIndex();

    @Test
    void hasTwentyItemsZeroToThreeAndAnAidsFlagPerCategory() {
        List<String> expected = new ArrayList<>();
        HaqItems.CATEGORIES.forEach(category -> {
            expected.addAll(HaqItems.BY_CATEGORY.get(category));
            expected.add(category + "Aids");
        });
        assertEquals(expected, InstrumentAssertions.codes(haq));
        assertEquals(20, haq.items().stream().filter(ItemDefinition::isNumeric).count());
        haq.items().stream().filter(ItemDefinition::isNumeric).forEach(item -> assertEquals("0-3", item.rangeText()));
    }

    @Test
    void noDifficultyAnywhereIsZero() {
        Scores scores = scored(haq, HaqItems.allZero().build());

        assertEquals(0, score(scores, "haqDi"), EXACT);
        assertTrue(scores.notes().contains("categories answered: 8 of 8"));
    }

    @Test
    void categoryScoresItsHighestItem() {
        // dressing = max(1, 3) = 3; the other seven categories 0
        Scores scores = scored(haq, HaqItems.allZero().put("dressSelf", 1).put("shampooHair", 3).build());

        assertEquals(3.0 / 8, score(scores, "haqDi"), EXACT);
    }

    @Test
    void workedExampleOverEightCategories() {
        ItemValues values = ItemValues.builder()
                .put("dressSelf", 1).put("shampooHair", 2) // dressing 2
                .put("standUp", 0).put("inOutOfBed", 1) // arising 1
                .put("cutMeat", 0).put("liftCup", 0).put("openMilkCarton", 1) // eating 1
                .put("walkOutdoors", 2).put("climbSteps", 3) // walking 3
                .put("washBody", 1).put("tubBath", 1).put("toilet", 1) // hygiene 1
                .put("reachObject", 0).put("bendDown", 0) // reach 0
                .put("openCarDoors", 2).put("openJars", 1).put("turnFaucets", 0) // grip 2
                .put("runErrands", 1).put("inOutOfCar", 0).put("doChores", 0) // activities 1
                .build();

        Scores scores = scored(haq, values);

        assertEquals((2 + 1 + 1 + 3 + 1 + 0 + 2 + 1) / 8.0, score(scores, "haqDi"), EXACT);
        assertEquals(11.0 / 8, score(scores, "haqDiWithoutAids"), EXACT);
    }

    @Test
    void aidsRaiseACategoryWithHighestItemOneToTwo() {
        // grip = max(0, 1, 0) = 1, raised to 2 by the jar opener; all other categories 0
        Scores scores = scored(haq, HaqItems.allZero().put("openJars", 1).put("gripAids", true).build());

        assertEquals(2.0 / 8, score(scores, "haqDi"), EXACT);
        assertEquals(1.0 / 8, score(scores, "haqDiWithoutAids"), EXACT);
        assertTrue(scores.notes().contains("aids counted: yes in haqDi, no in haqDiWithoutAids"));
        assertTrue(scores.notes().contains("raised to 2 by aids or help: Grip"));
    }

    @Test
    void aidsRaiseZeroToTwoButLeaveTwoAndThreeAlone() {
        ItemValues values = HaqItems.allZero()
                .put("reachAids", true) // reach 0 -> 2
                .put("climbSteps", 3).put("walkingAids", true) // walking stays 3
                .put("cutMeat", 2).put("eatingAids", true) // eating stays 2
                .build();

        Scores scores = scored(haq, values);

        assertEquals((2 + 3 + 2) / 8.0, score(scores, "haqDi"), EXACT);
        assertEquals((0 + 3 + 2) / 8.0, score(scores, "haqDiWithoutAids"), EXACT);
        assertTrue(scores.notes().contains("raised to 2 by aids or help: Reach"));
    }

    @Test
    void noAidsMeansNoCategoryRaised() {
        Scores scores = scored(haq, HaqItems.allZero().put("openJars", 1).build());

        assertEquals(score(scores, "haqDiWithoutAids"), score(scores, "haqDi"), EXACT);
        assertTrue(scores.notes().contains("raised to 2 by aids or help: none"));
    }

    @Test
    void indexDividesByCategoriesAnswered() {
        // activities left blank: 7 categories, dressing 2 and the other six 0
        List<String> seven = HaqItems.CATEGORIES.subList(0, 7);
        Scores scores = scored(haq, HaqItems.zeroFor(seven).put("dressSelf", 2).build());

        assertEquals(2.0 / 7, score(scores, "haqDi"), EXACT);
        assertTrue(scores.notes().contains("categories answered: 7 of 8"));
    }

    @Test
    void oneAnsweredItemIsEnoughForACategory() {
        // eating has only liftCup answered (3); walking is blank: 7 categories, sum 3
        ItemValues values = HaqItems.zeroFor(List.of("dressing", "arising", "hygiene", "reach", "grip", "activities"))
                .put("liftCup", 3).build();

        assertEquals(3.0 / 7, score(scored(haq, values), "haqDi"), EXACT);
    }

    @Test
    void sixCategoriesAreEnough() {
        List<String> six = HaqItems.CATEGORIES.subList(0, 6);
        Scores scores = scored(haq, HaqItems.zeroFor(six).put("toilet", 3).put("bendDown", 1).build());

        assertEquals((3 + 1) / 6.0, score(scores, "haqDi"), EXACT);
    }

    @Test
    void fewerThanSixCategoriesGiveNoIndex() {
        List<String> five = HaqItems.CATEGORIES.subList(0, 5);
        Scores scores = scored(haq, HaqItems.zeroFor(five).put("dressSelf", 3).build());

        assertFalse(scores.has("haqDi"));
        assertFalse(scores.has("haqDiWithoutAids"));
        assertTrue(scores.notes().contains(
                "HAQ-DI not computed: 5 of 8 categories answered, at least 6 are needed"), scores.notes()::toString);
    }

    @Test
    void anEmptyFormIsKeptButNotScored() {
        Scores scores = scored(haq, ItemValues.empty());

        assertTrue(scores.values().isEmpty());
        assertTrue(scores.notes().contains("categories answered: 0 of 8"));
    }

    @Test
    void aidsWithoutAnyAnsweredItemDoNotMakeACategoryAnswered() {
        // seven categories answered (sum 1); activities has only its aids flag
        List<String> seven = HaqItems.CATEGORIES.subList(0, 7);
        Scores scores = scored(haq, HaqItems.zeroFor(seven).put("standUp", 1).put("activitiesAids", true).build());

        assertEquals(1.0 / 7, score(scores, "haqDi"), EXACT);
        assertTrue(scores.notes().contains(
                "aids or help marked but no item answered, category not counted: Activities"));
    }

    @Test
    void itemAboveThreeIsRefused() {
        assertEquals("HAQ-DI item \"dressSelf\": 4 is outside 0-3", refusal(haq, HaqItems.allZero().put("dressSelf", 4).build()));
    }

    @Test
    void aidsAreYesOrNo() {
        assertEquals("HAQ-DI item \"gripAids\": expects yes/no, got 2",
                refusal(haq, HaqItems.allZero().put("gripAids", 2).build()));
    }

    @Test
    void unknownItemIsRefused() {
        assertEquals("HAQ-DI item \"sleep\": not an item of HAQ-DI", refusal(haq, HaqItems.allZero().put("sleep", 1).build()));
    }
}
