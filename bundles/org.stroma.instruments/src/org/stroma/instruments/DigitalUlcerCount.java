package org.stroma.instruments;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** Number of digital ulcers counted at the visit. */
@Component(service = Instrument.class)
public class DigitalUlcerCount implements Instrument {

    private static final List<ItemDefinition> ITEMS = List.of(
            ItemDefinition.integer("count", "Digital ulcers counted", 0, 50));

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("count", "Digital ulcer count", 0, 50));

    public DigitalUlcerCount() {
    }

    @Override
    public String id() {
        return "digital-ulcer-count";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Digital ulcer count";
    }

    @Override
    public String shortName() {
        return "DU count";
    }

    @Override
    public String description() {
        return "Number of digital ulcers (0-50) counted by the assessor; the count is the score.";
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
    public Scores scoreValid(ItemValues values) {
        return Items.measured(this, values, "count");
    }
}
