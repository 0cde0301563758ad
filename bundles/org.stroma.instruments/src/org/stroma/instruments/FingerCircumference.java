package org.stroma.instruments;

import java.util.ArrayList;
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
 * Circumference of the 2nd to 5th finger of each hand, in mm. Any finger may be blank (a
 * dressing, an amputated digit, one treated hand), at least one must be measured. A hand's
 * mean is computed only when all four of its fingers are measured, so that a change between
 * visits never comes from a different set of fingers.
 */
@Component(service = Instrument.class)
public class FingerCircumference implements Instrument {

    static final double MIN_MM = 30;
    static final double MAX_MM = 120;
    private static final String[][] FINGERS = {
        {"indexFinger", "index finger (2nd)"}, {"middleFinger", "middle finger (3rd)"},
        {"ringFinger", "ring finger (4th)"}, {"littleFinger", "little finger (5th)"}};

    private static final List<ItemDefinition> ITEMS = buildItems();

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("rightHandMean", "Right hand, mean of 2nd-5th finger", MIN_MM, MAX_MM, "mm"),
            new ScoreDefinition("leftHandMean", "Left hand, mean of 2nd-5th finger", MIN_MM, MAX_MM, "mm"));

    public FingerCircumference() {
    }

    @Override
    public String id() {
        return "finger-circumference";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Finger circumference";
    }

    @Override
    public String description() {
        return "Circumference of the 2nd-5th finger of each hand in mm (plausible range 30-120 mm), at the"
                + " level the protocol fixes (commonly the proximal interphalangeal joint). Blank fingers"
                + " allowed, at least one required; a hand's mean only when its four fingers are measured.";
    }

    @Override
    public List<String> references() {
        return List.of();
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
        return values.isEmpty() ? List.of(ItemProblem.ofForm(this, "measure at least one finger")) : List.of();
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        Map<String, Double> scores = new HashMap<>();
        List<String> notes = new ArrayList<>();
        for (String hand : List.of("Right hand", "Left hand")) {
            List<ItemDefinition> fingers = Items.inGroup(ITEMS, hand);
            long measured = fingers.stream().filter(finger -> values.has(finger.code())).count();
            notes.add(hand.toLowerCase() + ": " + measured + " of " + fingers.size() + " fingers measured");
            if (measured == fingers.size()) {
                String code = hand.startsWith("Right") ? "rightHandMean" : "leftHandMean";
                scores.put(code, Items.sum(values, fingers) / fingers.size());
            }
        }
        return Scores.of(this, values, scores, notes);
    }

    private static List<ItemDefinition> buildItems() {
        List<ItemDefinition> items = new ArrayList<>();
        for (String[] finger : FINGERS) {
            for (Items.Site site : Items.bilateral(finger[0], finger[1])) {
                String hand = site.code().startsWith("right") ? "Right hand" : "Left hand";
                items.add(ItemDefinition.decimal(site.code(), site.label(), MIN_MM, MAX_MM, "mm")
                        .optional().inGroup(hand));
            }
        }
        return List.copyOf(items);
    }
}
