package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemType;
import org.stroma.instrument.api.ScoreDefinition;

/** What every built-in instrument promises, whatever it measures. */
class InstrumentContractTest {

    private final List<Instrument> instruments = BuiltInInstruments.all();

    @Test
    void thirteenInstrumentsWithDistinctStableIds() {
        Set<String> ids = new HashSet<>();
        instruments.forEach(instrument -> {
            assertTrue(instrument.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), instrument.id());
            assertTrue(ids.add(instrument.id()), "duplicate id " + instrument.id());
            assertTrue(instrument.version() >= 1, instrument.id());
        });
        assertEquals(13, ids.size());
    }

    @Test
    void everyInstrumentIsDescribed() {
        instruments.forEach(instrument -> {
            assertFalse(instrument.name().isBlank(), instrument.id());
            assertFalse(instrument.shortName().isBlank(), instrument.id());
            assertFalse(instrument.description().isBlank(), instrument.id());
        });
    }

    @Test
    void publishedScoresNameTheirLiterature() {
        instruments.stream()
                .filter(instrument -> List.of("mrss", "loscat", "cochin-hand-function-scale", "kapandji", "haq-di",
                        "ssc-haq", "raynauds-condition-score", "vas-pain", "fat-volume-retention")
                        .contains(instrument.id()))
                .forEach(instrument -> assertFalse(instrument.references().isEmpty(), instrument.id()));
    }

    @Test
    void itemAndScoreCodesAreUniqueWithinAnInstrument() {
        instruments.forEach(instrument -> {
            List<String> items = instrument.items().stream().map(ItemDefinition::code).toList();
            List<String> scores = instrument.scores().stream().map(ScoreDefinition::code).toList();
            assertEquals(Set.copyOf(items).size(), items.size(), instrument.id());
            assertEquals(Set.copyOf(scores).size(), scores.size(), instrument.id());
            assertFalse(scores.isEmpty(), instrument.id());
        });
    }

    @Test
    void numericItemsHaveARangeAndChoiceItemsTheirChoices() {
        instruments.forEach(instrument -> instrument.items().forEach(item -> {
            boolean numeric = item.type() == ItemType.INTEGER || item.type() == ItemType.DECIMAL;
            assertEquals(numeric, item.isNumeric(), instrument.id() + " " + item.code());
            assertEquals(item.type() == ItemType.CHOICE, !item.choices().isEmpty(), item.code());
        }));
    }

    @Test
    void eachIsAPublicClassWithAPublicNoArgumentConstructorForDeclarativeServices() throws Exception {
        for (Instrument instrument : instruments) {
            Class<?> type = instrument.getClass();
            assertTrue(Modifier.isPublic(type.getModifiers()), type.getName());
            assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), type.getName());
        }
    }
}
