package org.stroma.instrument.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an instrument computed from one form, with what it was computed from: the
 * instrument's id and version and the item values, so a stored score can always be traced
 * and recomputed. A score that could not be computed (e.g. HAQ-DI with too few categories)
 * is absent from {@link #values()} and the reason is in {@link #notes()}.
 *
 * @param instrumentId      id of the instrument that computed the scores
 * @param instrumentVersion version of that instrument
 * @param inputs            the item values scored
 * @param values            score code to value, in the instrument's order
 * @param notes             how the scores were reached, e.g. "categories answered: 7"
 * @since 1.0
 */
public record Scores(String instrumentId, int instrumentVersion, ItemValues inputs,
        Map<String, Double> values, List<String> notes) {

    public Scores {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(inputs, "inputs");
        values.forEach((code, value) -> Objects.requireNonNull(value, code));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        notes = List.copyOf(notes);
    }

    /**
     * Scores of an instrument, put in the order of its {@link Instrument#scores()}.
     *
     * @throws IllegalArgumentException if a value's code is not one of the instrument's scores
     */
    public static Scores of(Instrument instrument, ItemValues inputs, Map<String, Double> values, List<String> notes) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (ScoreDefinition score : instrument.scores()) {
            if (values.containsKey(score.code())) {
                ordered.put(score.code(), values.get(score.code()));
            }
        }
        if (ordered.size() != values.size()) {
            throw new IllegalArgumentException(instrument.id() + " computed scores it does not declare: "
                    + values.keySet() + " against " + instrument.scores().stream().map(ScoreDefinition::code).toList());
        }
        return new Scores(instrument.id(), instrument.version(), inputs, ordered, notes);
    }

    public Optional<Double> value(String code) {
        return Optional.ofNullable(values.get(code));
    }

    public boolean has(String code) {
        return values.containsKey(code);
    }
}
