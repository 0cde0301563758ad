package org.stroma.ui.analysis;

import java.util.Optional;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.study.InputShape;
import org.stroma.analysis.study.PreparedInput;

/**
 * The inputs the chosen data give: values in groups (the chosen arms) and baseline-to-visit
 * pairs (all subjects), each with why it is missing when it is.
 *
 * @param groups the groups input, or null
 * @param pairs the pairs input, or null
 * @param groupsProblem why there is no groups input, or null
 * @param pairsProblem why there is no pairs input, or null
 */
record PreparedData(PreparedInput groups, PreparedInput pairs, String groupsProblem, String pairsProblem) {

    static PreparedData none(String why) {
        return new PreparedData(null, null, why, why);
    }

    /** The input this analysis would run on: of its shape, and of a kind it accepts (two arms for a two-sample test). */
    Optional<PreparedInput> inputFor(Analysis<?> analysis) {
        return InputShape.of(analysis).map(shape -> shape == InputShape.GROUPS ? groups : pairs)
                .filter(prepared -> analysis.accepts(prepared.input()));
    }

    /** Why no analysis fits, in a sentence. */
    String problems() {
        if (groupsProblem != null && groupsProblem.equals(pairsProblem)) return groupsProblem;
        StringBuilder why = new StringBuilder();
        if (groupsProblem != null) why.append("By arm: ").append(groupsProblem).append(' ');
        if (pairsProblem != null) why.append("Paired: ").append(pairsProblem);
        return why.toString().trim();
    }
}
