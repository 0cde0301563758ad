package org.stroma.instruments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/**
 * SSc-HAQ (scleroderma HAQ): the HAQ disability index plus six visual analogue scales.
 * Each VAS is a 15 cm line scored 0 (no limitation) to 3 (very severe), as Steen and Medsger
 * published it; each is reported on its own, with no composite of index and scales.
 */
@Component(service = Instrument.class)
public class SystemicSclerosisHaq implements Instrument {

    private static final String VAS_GROUP = "Visual analogue scales";

    private static final List<ItemDefinition> SCALES = Stream.of(
            new String[] {"painVas", "Pain"},
            new String[] {"intestinalVas", "Intestinal problems"},
            new String[] {"breathingVas", "Breathing problems"},
            new String[] {"raynaudsVas", "Raynaud's phenomenon"},
            new String[] {"digitalUlcersVas", "Finger ulcers"},
            new String[] {"overallSeverityVas", "Overall disease severity"})
            .map(scale -> ItemDefinition.decimal(scale[0], scale[1] + " (VAS 0-3)", 0, 3, "").optional()
                    .inGroup(VAS_GROUP))
            .toList();

    private static final List<ItemDefinition> ITEMS = Stream.concat(
            HaqDisabilityIndex.ITEMS.stream(), SCALES.stream()).toList();

    private static final List<ScoreDefinition> SCORES = Stream.concat(HaqDisabilityIndex.SCORES.stream(),
            SCALES.stream().map(scale -> new ScoreDefinition(scale.code(), scale.label(), 0, 3))).toList();

    public SystemicSclerosisHaq() {
    }

    @Override
    public String id() {
        return "ssc-haq";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Scleroderma Health Assessment Questionnaire";
    }

    @Override
    public String shortName() {
        return "SSc-HAQ";
    }

    @Override
    public String description() {
        return "The HAQ-DI (scored as in the HAQ-DI instrument) plus six VAS scored 0-3 (15 cm line,"
                + " 1 cm = 0.2): pain, intestinal problems, breathing, Raynaud's, finger ulcers and"
                + " overall disease severity. Each VAS is optional and reported separately.";
    }

    @Override
    public List<String> references() {
        return List.of(
                "Steen VD, Medsger TA Jr. The value of the Health Assessment Questionnaire and special"
                        + " patient-generated scales to demonstrate change in systemic sclerosis patients"
                        + " over time. Arthritis Rheum 1997;40:1984-91.",
                "Johnson SR, Hawker GA, Davis AM. The health assessment questionnaire disability index and"
                        + " scleroderma health assessment questionnaire in scleroderma trials."
                        + " Arthritis Rheum 2005;53:256-62.",
                HaqDisabilityIndex.REFERENCE);
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
        Map<String, Double> scores = new HashMap<>();
        List<String> notes = new ArrayList<>();
        HaqDisabilityIndex.score(values, scores, notes);
        SCALES.forEach(scale -> values.number(scale.code()).ifPresent(value -> scores.put(scale.code(), value)));
        return Scores.of(this, values, scores, notes);
    }
}
