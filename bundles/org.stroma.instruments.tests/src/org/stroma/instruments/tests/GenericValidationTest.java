package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stroma.instruments.tests.InstrumentAssertions.assertContains;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemProblem;
import org.stroma.instrument.api.ItemType;
import org.stroma.instrument.api.ItemValidationException;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** The checks Instrument.validate makes for every instrument, on a small instrument of each item type. */
class GenericValidationTest {

    /** One item of each type; its rule refuses a grade above the count, its score is grade + count. */
    static class Sample implements Instrument {
        public String id() {
            return "sample";
        }

        public int version() {
            return 1;
        }

        public String name() {
            return "Sample instrument";
        }

        public String shortName() {
            return "Sample";
        }

        public String description() {
            return "for tests";
        }

        public List<String> references() {
            return List.of();
        }

        public List<ItemDefinition> items() {
            return List.of(ItemDefinition.integer("grade", "Grade", 0, 3),
                    ItemDefinition.decimal("count", "Count", 0, 10.5, "mm").optional(),
                    ItemDefinition.flag("aids", "Aids"),
                    ItemDefinition.choice("unit", "Unit", List.of("mm", "cm")));
        }

        public List<ScoreDefinition> scores() {
            return List.of(new ScoreDefinition("first", "First", 0, 20), new ScoreDefinition("second", "Second", 0, 20));
        }

        public List<ItemProblem> ruleProblems(ItemValues values) {
            double grade = values.number("grade").orElseThrow();
            return grade > values.number("count").orElse(3.0)
                    ? List.of(ItemProblem.about(this, "grade", "exceeds count")) : List.of();
        }

        public Scores scoreValid(ItemValues values) {
            double sum = values.number("grade").orElseThrow() + values.number("count").orElse(0.0);
            return Scores.of(this, values, Map.of("second", sum, "first", 1.0), List.of());
        }
    }

    private final Sample sample = new Sample();
    private final ItemValues valid = ItemValues.builder().put("grade", 2).put("count", 4.5).put("unit", "mm").build();

    @Test
    void validValuesAreScoredInTheDeclaredScoreOrder() {
        Scores scores = sample.score(valid);

        assertEquals(2 + 4.5, scores.value("second").orElseThrow());
        assertEquals(List.of("first", "second"), List.copyOf(scores.values().keySet()));
    }

    @Test
    void outOfRangeNamesInstrumentItemValueAndRange() {
        assertEquals("Sample item \"grade\": 4 is outside 0-3",
                refusal(sample, valid.toBuilder().put("grade", 4).build()));
        assertEquals("Sample item \"count\": 10.6 is outside 0-10.5",
                refusal(sample, valid.toBuilder().put("count", 10.6).build()));
        assertEquals("Sample item \"count\": -0.5 is outside 0-10.5",
                refusal(sample, valid.toBuilder().put("count", -0.5).build()));
    }

    @Test
    void rangeBoundsThemselvesAreAccepted() {
        assertEquals(0 + 10.5, sample.score(valid.toBuilder().put("grade", 0).put("count", 10.5).build())
                .value("second").orElseThrow());
    }

    @Test
    void integerItemRefusesFractions() {
        assertEquals("Sample item \"grade\": 1.5 is not a whole number",
                refusal(sample, valid.toBuilder().put("grade", 1.5).build()));
    }

    @Test
    void numbersMustBeFinite() {
        assertContains("NaN is not a finite number", refusal(sample, valid.toBuilder().put("count", Double.NaN).build()));
    }

    @Test
    void wrongTypesAreRefused() {
        assertEquals("Sample item \"grade\": expects a number, got true",
                refusal(sample, valid.toBuilder().put("grade", true).build()));
        assertEquals("Sample item \"aids\": expects yes/no, got 1",
                refusal(sample, valid.toBuilder().put("aids", 1).build()));
        assertEquals("Sample item \"unit\": 2 is not one of mm, cm",
                refusal(sample, valid.toBuilder().put("unit", 2).build()));
    }

    @Test
    void choiceOutsideTheListIsRefused() {
        assertEquals("Sample item \"unit\": \"in\" is not one of mm, cm",
                refusal(sample, valid.toBuilder().put("unit", "in").build()));
    }

    @Test
    void unknownItemIsRefused() {
        assertEquals("Sample item \"nose\": not an item of Sample",
                refusal(sample, valid.toBuilder().put("nose", 1).build()));
    }

    @Test
    void missingRequiredItemIsRefusedButOptionalOnesMayBeBlank() {
        assertEquals("Sample item \"grade\": required but missing",
                refusal(sample, valid.toBuilder().remove("grade").build()));
        // count and aids are optional: grade 2 + blank count 0 = 2
        assertEquals(2.0, sample.score(ItemValues.builder().put("grade", 2).put("unit", "cm").build())
                .value("second").orElseThrow());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ItemValues bad = ItemValues.builder().put("grade", 7).put("nose", 1).build();

        ItemValidationException refused = assertThrows(ItemValidationException.class, () -> sample.score(bad));

        assertEquals(List.of("grade", "nose", "unit"), refused.problems().stream().map(ItemProblem::code).toList());
        assertContains("; ", refused.getMessage());
    }

    @Test
    void instrumentRulesRunOnlyAfterTheGenericChecksPass() {
        // grade 3 above count 1 breaks the rule ...
        assertEquals("Sample item \"grade\": exceeds count",
                refusal(sample, valid.toBuilder().put("grade", 3).put("count", 1).build()));
        // ... but a count of the wrong type is reported by the generic check, and the rule never sees it
        assertEquals("Sample item \"count\": expects a number, got \"x\"",
                refusal(sample, valid.toBuilder().put("grade", 3).put("count", "x").build()));
    }

    @Test
    void problemsListsWithoutThrowing() {
        assertEquals(List.of(), sample.problems(valid));
        assertEquals(1, sample.problems(valid.toBuilder().put("grade", 9).build()).size());
    }

    @Test
    void anUndeclaredScoreIsAProgrammingError() {
        Sample sloppy = new Sample() {
            @Override
            public Scores scoreValid(ItemValues values) {
                return Scores.of(this, values, Map.of("third", 1.0), List.of());
            }
        };
        assertThrows(IllegalArgumentException.class, () -> sloppy.score(valid));
    }

    @Test
    void itemDefinitionsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class,
                () -> new ItemDefinition("x", "X", ItemType.DECIMAL, null, 3.0, List.of(), "", true, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new ItemDefinition("x", "X", ItemType.INTEGER, 3.0, 1.0, List.of(), "", true, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new ItemDefinition("x", "X", ItemType.CHOICE, null, null, List.of(), "", true, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new ItemDefinition("x", "X", ItemType.BOOLEAN, 0.0, 1.0, List.of(), "", false, ""));
    }

    @Test
    void aValidationExceptionNeedsAProblem() {
        assertThrows(IllegalArgumentException.class, () -> new ItemValidationException(List.of()));
    }
}
