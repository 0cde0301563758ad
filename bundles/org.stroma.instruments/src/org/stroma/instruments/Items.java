package org.stroma.instruments;

import java.util.List;
import java.util.Map;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;

/** Helpers the built-in instruments share: body sites by side, sums over items. */
final class Items {

    /** A body site as an item code and label, e.g. rightForearm / Right forearm. */
    record Site(String code, String label) {
    }

    private Items() {
    }

    /** The right then the left version of a site, e.g. rightFingers / Right fingers. */
    static List<Site> bilateral(String code, String label) {
        String capitalised = Character.toUpperCase(code.charAt(0)) + code.substring(1);
        return List.of(new Site("right" + capitalised, "Right " + label),
                new Site("left" + capitalised, "Left " + label));
    }

    /** Sum of the numeric items given; a blank item adds nothing. */
    static double sum(ItemValues values, List<ItemDefinition> items) {
        return items.stream().mapToDouble(item -> values.number(item.code()).orElse(0.0)).sum();
    }

    static List<ItemDefinition> inGroup(List<ItemDefinition> items, String group) {
        return items.stream().filter(item -> item.group().equals(group)).toList();
    }

    /** Scores of a one-item measurement: the score is the measured value under the same code. */
    static Scores measured(Instrument instrument, ItemValues values, String code) {
        return Scores.of(instrument, values, Map.of(code, values.number(code).orElseThrow()), List.of());
    }
}
