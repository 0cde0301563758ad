package org.stroma.instruments;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** Skin temperature at the site the protocol fixes, in degrees Celsius. */
@Component(service = Instrument.class)
public class SkinTemperature implements Instrument {

    private static final List<ItemDefinition> ITEMS = List.of(
            ItemDefinition.decimal("temperature", "Skin temperature", 15, 40, "°C"));

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("temperature", "Skin temperature", 15, 40, "°C"));

    public SkinTemperature() {
    }

    @Override
    public String id() {
        return "skin-temperature";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Skin temperature";
    }

    @Override
    public String description() {
        return "Skin temperature in °C (15-40, the range a cold or warm hand can plausibly show);"
                + " the measured value is the score.";
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
        return Items.measured(this, values, "temperature");
    }
}
