package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;

class ItemValuesTest {

    @Test
    void holdsNumbersFlagsAndChoicesByCode() {
        ItemValues values = ItemValues.builder().put("face", 2).put("gripAids", true).put("unit", "cm").build();

        assertEquals(Optional.of(2.0), values.number("face"));
        assertTrue(values.isYes("gripAids"));
        assertEquals(Optional.of("cm"), values.choice("unit"));
        assertEquals(List.of("face", "gripAids", "unit"), List.copyOf(values.codes()));
    }

    @Test
    void blankItemIsAbsentAndABlankFlagIsNo() {
        ItemValues values = ItemValues.builder().put("face", 1).build();

        assertFalse(values.has("abdomen"));
        assertEquals(Optional.empty(), values.number("abdomen"));
        assertFalse(values.isYes("gripAids"));
    }

    @Test
    void isImmutable() {
        ItemValues values = ItemValues.builder().put("face", 1).build();

        assertThrows(UnsupportedOperationException.class, () -> values.asMap().put("face", 3.0));
    }

    @Test
    void laterPutReplacesAndRemoveBlanksAgain() {
        ItemValues values = ItemValues.builder().put("face", 1).put("face", 3).put("abdomen", 2).remove("abdomen")
                .build();

        assertEquals(Map.of("face", 3.0), values.asMap());
    }

    @Test
    void toBuilderChangesACopyOnly() {
        ItemValues original = ItemValues.builder().put("face", 1).build();
        ItemValues changed = original.toBuilder().put("face", 2).build();

        assertEquals(Optional.of(1.0), original.number("face"));
        assertEquals(Optional.of(2.0), changed.number("face"));
    }

    @Test
    void valuesFromStorageBecomeDoublesBooleansAndStrings() {
        ItemValues values = ItemValues.of(Map.of("face", 2, "gripAids", Boolean.TRUE, "unit", "mm"));

        assertEquals(Optional.of(2.0), values.number("face"));
        assertTrue(values.isYes("gripAids"));
        assertEquals(Optional.of("mm"), values.choice("unit"));
    }

    @Test
    void valueOfAnotherTypeFromStorageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ItemValues.of(Map.of("face", List.of(1))));
    }

    @Test
    void readingAValueAsTheWrongTypeFailsClearly() {
        ItemValues values = ItemValues.builder().put("gripAids", true).build();

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> values.number("gripAids"));
        InstrumentAssertions.assertContains("gripAids", failure.getMessage());
    }

    @Test
    void equalContentMeansEqualValues() {
        assertEquals(ItemValues.builder().put("face", 1).build(), ItemValues.of(Map.of("face", 1.0)));
        assertEquals(ItemValues.empty(), ItemValues.builder().build());
    }

    @Test
    void anItemNeedsACode() {
        assertThrows(IllegalArgumentException.class, () -> ItemValues.builder().put(" ", 1));
    }
}
