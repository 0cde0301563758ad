package org.stroma.instruments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/** HAQ-DI: 20 items in 8 categories, scored as {@link HaqDisabilityIndex} describes. */
@Component(service = Instrument.class)
public class HealthAssessmentQuestionnaireDisabilityIndex implements Instrument {

    public HealthAssessmentQuestionnaireDisabilityIndex() {
    }

    @Override
    public String id() {
        return "haq-di";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Health Assessment Questionnaire Disability Index";
    }

    @Override
    public String shortName() {
        return "HAQ-DI";
    }

    @Override
    public String description() {
        return "20 items in 8 categories, each 0 (without any difficulty) to 3 (unable to do)."
                + " Category score = highest item; aids, devices or help raise it to at least 2."
                + " Index = sum of category scores / categories answered (0-3); with fewer than 6"
                + " categories answered no index is computed (absent, with a note). haqDiWithoutAids"
                + " ignores the aids adjustment.";
    }

    @Override
    public List<String> references() {
        return List.of(
                "Fries JF, Spitz P, Kraines RG, Holman HR. Measurement of patient outcome in arthritis."
                        + " Arthritis Rheum 1980;23:137-45.",
                HaqDisabilityIndex.REFERENCE);
    }

    @Override
    public List<ItemDefinition> items() {
        return HaqDisabilityIndex.ITEMS;
    }

    @Override
    public List<ScoreDefinition> scores() {
        return HaqDisabilityIndex.SCORES;
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        Map<String, Double> scores = new HashMap<>();
        List<String> notes = new ArrayList<>();
        HaqDisabilityIndex.score(values, scores, notes);
        return Scores.of(this, values, scores, notes);
    }
}
