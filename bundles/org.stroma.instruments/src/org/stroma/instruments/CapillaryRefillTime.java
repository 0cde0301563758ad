package org.stroma.instruments;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** Capillary refill time of a finger pulp after blanching pressure, in seconds. */
@Component(service = Instrument.class)
public class CapillaryRefillTime implements Instrument {

    private static final List<ItemDefinition> ITEMS = List.of(
            ItemDefinition.decimal("refillTime", "Time for colour to return after pressure is released", 0, 20, "s"));

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("refillTime", "Capillary refill time", 0, 20, "s"));

    public CapillaryRefillTime() {
    }

    @Override
    public String id() {
        return "capillary-refill-time";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Capillary refill time";
    }

    @Override
    public String shortName() {
        return "CRT";
    }

    @Override
    public String description() {
        return "Seconds (0-20) until the colour of a finger pulp returns after blanching pressure;"
                + " the measured time is the score.";
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
        return Items.measured(this, values, "refillTime");
    }
}
