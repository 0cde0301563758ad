package org.stroma.instruments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/**
 * Modified Rodnan skin score: skin thickness by palpation at 17 sites, each 0-3.
 * The hand sub-score is the sites grouped {@value #HANDS}: fingers and dorsum of hand, both sides.
 */
@Component(service = Instrument.class)
public class ModifiedRodnanSkinScore implements Instrument {

    static final String HANDS = "hands";

    private static final List<ItemDefinition> ITEMS = sites();

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("total", "Total skin score (17 sites)", 0, 51),
            new ScoreDefinition("hand", "Hand skin score (fingers and dorsum of hand, both sides)", 0, 12));

    public ModifiedRodnanSkinScore() {
    }

    @Override
    public String id() {
        return "mrss";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Modified Rodnan skin score";
    }

    @Override
    public String shortName() {
        return "mRSS";
    }

    @Override
    public String description() {
        return "Skin thickness by palpation at 17 sites, each 0 (normal) to 3 (severe). Total 0-51;"
                + " hand sub-score 0-12 over fingers and dorsum of hand on both sides."
                + " All 17 sites are required: a total over fewer sites is not an mRSS.";
    }

    @Override
    public List<String> references() {
        return List.of(
                "Clements P, et al. Inter and intraobserver variability of total skin thickness score"
                        + " (modified Rodnan TSS) in systemic sclerosis. J Rheumatol 1995;22:1281-5.",
                "Khanna D, et al. Standardization of the modified Rodnan skin score for use in clinical"
                        + " trials of systemic sclerosis. J Scleroderma Relat Disord 2017;2:11-18.");
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
        return Scores.of(this, values, Map.of(
                "total", Items.sum(values, ITEMS),
                "hand", Items.sum(values, Items.inGroup(ITEMS, HANDS))), List.of());
    }

    private static List<ItemDefinition> sites() {
        List<ItemDefinition> items = new ArrayList<>();
        items.add(site("face", "Face", "face and trunk"));
        items.add(site("anteriorChest", "Anterior chest", "face and trunk"));
        items.add(site("abdomen", "Abdomen", "face and trunk"));
        addBilateral(items, "fingers", "fingers", HANDS);
        addBilateral(items, "dorsumOfHand", "dorsum of hand", HANDS);
        addBilateral(items, "forearm", "forearm", "arms");
        addBilateral(items, "upperArm", "upper arm", "arms");
        addBilateral(items, "thigh", "thigh", "legs");
        addBilateral(items, "lowerLeg", "lower leg", "legs");
        addBilateral(items, "foot", "foot", "legs");
        return List.copyOf(items);
    }

    private static void addBilateral(List<ItemDefinition> items, String code, String label, String group) {
        Items.bilateral(code, label).forEach(site -> items.add(site(site.code(), site.label(), group)));
    }

    private static ItemDefinition site(String code, String label, String group) {
        return ItemDefinition.integer(code, label, 0, 3).inGroup(group);
    }
}
