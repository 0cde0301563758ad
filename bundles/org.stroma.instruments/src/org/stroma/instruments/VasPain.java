package org.stroma.instruments;

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
 * Pain on a 100 mm visual analogue scale, recorded in mm (0-100) or cm (0-10) as the form
 * was read; the unit is an item, so it is stored with the value. The score is always in mm.
 */
@Component(service = Instrument.class)
public class VasPain implements Instrument {

    static final String MM = "mm";
    static final String CM = "cm";

    private static final List<ItemDefinition> ITEMS = List.of(
            ItemDefinition.decimal("pain", "Pain (0 = no pain, end of line = worst pain), in the unit below",
                    0, 100, ""),
            ItemDefinition.choice("unit", "Unit the pain was measured in", List.of(MM, CM)));

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("painMm", "Pain VAS", 0, 100, MM));

    public VasPain() {
    }

    @Override
    public String id() {
        return "vas-pain";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Visual analogue scale for pain";
    }

    @Override
    public String shortName() {
        return "VAS pain";
    }

    @Override
    public String description() {
        return "Pain marked on a 100 mm line, recorded as 0-100 mm or 0-10 cm (item 'unit')."
                + " Scored in mm: cm values are multiplied by 10. The painful region (e.g. the hands)"
                + " is set by the study's form.";
    }

    @Override
    public List<String> references() {
        return List.of("Hawker GA, Mian S, Kendzerska T, French M. Measures of adult pain. Arthritis Care Res"
                + " 2011;63 Suppl 11:S240-52.");
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
        double pain = values.number("pain").orElseThrow();
        return isCm(values) && pain > 10
                ? List.of(ItemProblem.outOfRange(this, "pain", pain, 0, 10))
                : List.of();
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        double pain = values.number("pain").orElseThrow();
        return Scores.of(this, values, Map.of("painMm", isCm(values) ? pain * 10 : pain),
                List.of("recorded in " + values.choice("unit").orElseThrow()));
    }

    private static boolean isCm(ItemValues values) {
        return CM.equals(values.choice("unit").orElseThrow());
    }
}
