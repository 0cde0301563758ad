package org.stroma.instruments;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** Cochin Hand Function Scale: 18 daily hand activities, each 0 (no difficulty) to 5 (impossible). */
@Component(service = Instrument.class)
public class CochinHandFunctionScale implements Instrument {

    private static final List<ItemDefinition> ITEMS = List.of(
            task("holdBowl", "Hold a bowl", "kitchen"),
            task("liftFullBottle", "Seize a full bottle and raise it", "kitchen"),
            task("holdPlate", "Hold a plate full of food", "kitchen"),
            task("pourFromBottle", "Pour liquid from a full bottle into a glass", "kitchen"),
            task("unscrewJarLid", "Unscrew the lid of a jar opened before", "kitchen"),
            task("cutMeat", "Cut meat with a knife", "kitchen"),
            task("prickWithFork", "Prick things well with a fork", "kitchen"),
            task("peelFruit", "Peel fruit", "kitchen"),
            task("buttonShirt", "Button your shirt", "dressing"),
            task("openCloseZipper", "Open and close zippers", "dressing"),
            task("squeezeToothpaste", "Squeeze a new tube of toothpaste", "hygiene"),
            task("holdToothbrush", "Hold a toothbrush efficiently", "hygiene"),
            task("writeSentence", "Write a short sentence with a pencil or ordinary pen", "office"),
            task("writeLetter", "Write a letter with a pencil or ordinary pen", "office"),
            task("turnDoorKnob", "Turn a round door knob", "other"),
            task("cutPaperWithScissors", "Cut a piece of paper with scissors", "other"),
            task("pickUpCoins", "Pick up coins from a table", "other"),
            task("turnKeyInLock", "Turn a key in the lock", "other"));

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("total", "Cochin total (18 items)", 0, 90));

    public CochinHandFunctionScale() {
    }

    @Override
    public String id() {
        return "cochin-hand-function-scale";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Cochin Hand Function Scale";
    }

    @Override
    public String shortName() {
        return "CHFS";
    }

    @Override
    public String description() {
        return "18 hand activities (kitchen, dressing, hygiene, office, other), each 0 (without"
                + " difficulty) to 5 (impossible); total 0-90. All items are required: the published"
                + " total is not defined over a partial form.";
    }

    @Override
    public List<String> references() {
        return List.of(
                "Duruoz MT, et al. Development and validation of a rheumatoid hand functional disability"
                        + " scale that assesses functional handicap. J Rheumatol 1996;23:1167-72.",
                "Rannou F, et al. Assessing disability and quality of life in systemic sclerosis: construct"
                        + " validities of the Cochin Hand Function Scale, HAQ, SSc-HAQ and SF-36."
                        + " Arthritis Rheum 2007;57:94-102.");
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
    public Scores scoreValid(ItemValues values) {
        return Scores.of(this, values, Map.of("total", Items.sum(values, ITEMS)), List.of());
    }

    private static ItemDefinition task(String code, String label, String group) {
        return ItemDefinition.integer(code, label, 0, 5).inGroup(group);
    }
}
