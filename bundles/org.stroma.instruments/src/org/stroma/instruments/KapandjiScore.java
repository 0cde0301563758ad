package org.stroma.instruments;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemProblem;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/**
 * Kapandji thumb opposition score, 0-10, per hand. Either hand may be left blank (a hand
 * under a dressing, or a trial that treats one hand), but not both. No two-hand sum is
 * offered: the score is published and compared per hand.
 */
@Component(service = Instrument.class)
public class KapandjiScore implements Instrument {

    private static final List<ItemDefinition> ITEMS = Items.bilateral("hand", "hand").stream()
            .map(hand -> ItemDefinition.integer(hand.code(), hand.label() + ": thumb opposition", 0, 10).optional())
            .toList();

    private static final List<ScoreDefinition> SCORES = ITEMS.stream()
            .map(item -> new ScoreDefinition(item.code(), item.label(), 0, 10))
            .toList();

    public KapandjiScore() {
    }

    @Override
    public String id() {
        return "kapandji";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Kapandji thumb opposition score";
    }

    @Override
    public String shortName() {
        return "Kapandji";
    }

    @Override
    public String description() {
        return "Thumb opposition graded 0 (no opposition) to 10 (thumb tip reaches the distal palmar"
                + " crease below the little finger), recorded per hand (rightHand, leftHand);"
                + " at least one hand is required. Scored per hand, never summed.";
    }

    @Override
    public List<String> references() {
        return List.of("Kapandji A. Cotation clinique de l'opposition et de la contre-opposition du pouce."
                + " Ann Chir Main 1986;5:67-73.");
    }

    @Override
    public List<ItemDefinition> items() {
        return ITEMS;
    }

    @Override
    public List<ScoreDefinition> scores() {
        return SCORES;
    }

    @Override
    public List<ItemProblem> ruleProblems(ItemValues values) {
        return values.isEmpty() ? List.of(ItemProblem.ofForm(this, "record at least one hand (rightHand or leftHand)"))
                : List.of();
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        Map<String, Double> scores = new HashMap<>();
        ITEMS.forEach(hand -> values.number(hand.code()).ifPresent(value -> scores.put(hand.code(), value)));
        return Scores.of(this, values, scores, List.of());
    }
}
