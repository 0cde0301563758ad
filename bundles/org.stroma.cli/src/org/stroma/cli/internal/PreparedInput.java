package org.stroma.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;

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
record PreparedInput(AnalysisInput input, Map<String, String> whyMissing, List<Exclusion> leftOut,
        Map<String, String> source) {

    PreparedInput {
        whyMissing = Map.copyOf(whyMissing);
        leftOut = List.copyOf(leftOut);
        source = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(source));
    }

    /** The result's exclusions, each with why its value is missing where that is known, then those left out. */
    List<Exclusion> exclusions(AnalysisResult result) {
        List<Exclusion> all = new ArrayList<>();
        for (Exclusion exclusion : result.data().exclusions()) {
            String why = whyMissing.get(exclusion.subject());
            all.add(why == null ? exclusion
                    : new Exclusion(exclusion.subject(), exclusion.group(), exclusion.reason() + " (" + why + ")"));
        }
        all.addAll(leftOut);
        return all;
    }
}
