package org.stroma.analysis.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Two values per subject in one group, e.g. before and after treatment in a single-arm study.
 * Differences are taken as {@code second - first}, i.e. follow-up minus baseline.
 *
 * @param variable what was measured
 * @param group the group (arm) the subjects belong to
 * @param firstLabel label of the first value, e.g. "Baseline"
 * @param secondLabel label of the second value, e.g. "Week 12"
 * @param pairs one pair per subject; subjects are unique
 * @since 1.0
 */
public record PairedValues(String variable, String group, String firstLabel, String secondLabel,
        List<PairedObservation> pairs) implements AnalysisInput {

    public PairedValues {
        Inputs.requireText(variable, "variable");
        Inputs.requireText(group, "group");
        Inputs.requireText(firstLabel, "first label");
        Inputs.requireText(secondLabel, "second label");
        Inputs.requireNonEmpty(pairs, "pairs");
        pairs = List.copyOf(pairs);
        Inputs.requireUnique(pairs.stream().map(PairedObservation::subject).toList(), "subject");
    }

    /**
     * Paired values from parallel arrays.
     *
     * @throws AnalysisInputException if subjects, first and second values differ in length
     */
    public static PairedValues of(String variable, String group, String firstLabel, String secondLabel,
            List<String> subjects, double[] first, double[] second) {
        if (first.length != second.length || subjects.size() != first.length) {
            throw new AnalysisInputException("paired values need as many " + firstLabel + " as " + secondLabel
                    + " values and subjects: got " + first.length + " " + firstLabel + ", " + second.length + " "
                    + secondLabel + " and " + subjects.size() + " subjects");
        }
        List<PairedObservation> pairs = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            pairs.add(new PairedObservation(subjects.get(i), first[i], second[i]));
        }
        return new PairedValues(variable, group, firstLabel, secondLabel, pairs);
    }

    @Override
    public String visit() {
        return firstLabel + " to " + secondLabel;
    }
}
