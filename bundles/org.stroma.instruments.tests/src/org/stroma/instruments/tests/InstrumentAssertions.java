package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValidationException;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** Assertions the instrument tests share. */
final class InstrumentAssertions {

    static final double EXACT = 1e-9;

    private InstrumentAssertions() {
    }

    /** Scores the values, checks every score is declared and within its range, and returns them. */
    static Scores scored(Instrument instrument, ItemValues values) {
        Scores scores = instrument.score(values);
        assertEquals(instrument.id(), scores.instrumentId());
        assertEquals(instrument.version(), scores.instrumentVersion());
        assertEquals(values, scores.inputs());
        Map<String, ScoreDefinition> declared = instrument.scores().stream()
                .collect(java.util.stream.Collectors.toMap(ScoreDefinition::code, s -> s));
        scores.values().forEach((code, value) -> {
            ScoreDefinition definition = declared.get(code);
            assertTrue(definition != null, "undeclared score " + code);
            assertTrue(value >= definition.min() && value <= definition.max(),
                    code + " = " + value + " outside its declared range");
        });
        return scores;
    }

    static double score(Scores scores, String code) {
        return scores.value(code).orElseThrow(() -> new AssertionError("no score " + code + " in " + scores.values()));
    }

    /** Asserts scoring is refused and returns the exception's message. */
    static String refusal(Instrument instrument, ItemValues values) {
        return assertThrows(ItemValidationException.class, () -> instrument.score(values)).getMessage();
    }

    static void assertContains(String expectedPart, String actual) {
        assertTrue(actual.contains(expectedPart), () -> "expected <" + expectedPart + "> in <" + actual + ">");
    }

    static List<String> codes(Instrument instrument) {
        return instrument.items().stream().map(ItemDefinition::code).toList();
    }

    /** Every listed item set to the same number. */
    static ItemValues.Builder all(List<String> codes, double value) {
        ItemValues.Builder builder = ItemValues.builder();
        codes.forEach(code -> builder.put(code, value));
        return builder;
    }
}
