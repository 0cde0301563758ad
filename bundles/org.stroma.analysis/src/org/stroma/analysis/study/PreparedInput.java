package org.stroma.analysis.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.PairedValues;

/**
 * An analysis input built from a study or a file, with what the analysis itself cannot know: why
 * a value is missing, which subjects were left out before the analysis saw them, and where the
 * data came from.
 *
 * @param input the input; missing values are NaN, which the analysis excludes and counts
 * @param whyMissing by subject id: why that subject's value is missing (e.g. "withdrawn on ...")
 * @param leftOut subjects not in the input at all, with the reason
 * @param source labelled lines saying where the data came from, in display order
 */
public record PreparedInput(AnalysisInput input, Map<String, String> whyMissing, List<Exclusion> leftOut,
        Map<String, String> source) {

    public PreparedInput {
        whyMissing = Map.copyOf(whyMissing);
        leftOut = List.copyOf(leftOut);
        source = Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** The result's exclusions, each with why its value is missing where that is known, then those left out. */
    public List<Exclusion> exclusions(AnalysisResult result) {
        List<Exclusion> all = new ArrayList<>();
        for (Exclusion exclusion : result.data().exclusions()) {
            String why = whyMissing.get(exclusion.subject());
            all.add(why == null ? exclusion
                    : new Exclusion(exclusion.subject(), exclusion.group(), exclusion.reason() + " (" + why + ")"));
        }
        all.addAll(leftOut);
        return all;
    }

    /**
     * The number of values each group contributed to the result (the "analysed" n of a CONSORT
     * diagram), in group order: subjects of the group among the result's subjects. Pairs count
     * as one group. Empty for inputs that are neither groups nor pairs.
     */
    public Map<String, Integer> valuesByGroup(AnalysisResult result) {
        Set<String> used = new HashSet<>(result.data().subjects());
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (input instanceof IndependentGroups groups) {
            for (Group group : groups.groups()) {
                counts.put(group.name(), (int) group.observations().stream().map(Observation::subject)
                        .filter(used::contains).count());
            }
        } else if (input instanceof PairedValues pairs) {
            counts.put(pairs.group(), (int) pairs.pairs().stream().filter(p -> used.contains(p.subject())).count());
        }
        return counts;
    }
}
