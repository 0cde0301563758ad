package org.stroma.analysis;

import java.util.ArrayList;
import java.util.List;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;

/**
 * The non-missing values of each group, and an exclusion for every missing one.
 *
 * @param input the groups as given
 * @param samples one per group, in input order
 * @param exclusions missing values, with reasons
 */
public record GroupSamples(IndependentGroups input, List<Sample> samples, List<Exclusion> exclusions) {

    /**
     * The values of one group that enter the analysis.
     *
     * @param name group name
     * @param subjects subjects with a value, in input order
     * @param values their values
     * @param missing number of subjects whose value is missing
     */
    public record Sample(String name, List<String> subjects, double[] values, int missing) {
        public int n() {
            return values.length;
        }
    }

    public static GroupSamples of(IndependentGroups input) {
        List<Sample> samples = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        String at = input.visit().isEmpty() ? "" : " at " + input.visit();
        for (Group group : input.groups()) {
            List<String> subjects = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (Observation observation : group.observations()) {
                if (observation.isMissing()) {
                    exclusions.add(new Exclusion(observation.subject(), group.name(), input.variable() + " missing" + at));
                } else {
                    subjects.add(observation.subject());
                    values.add(observation.value());
                }
            }
            samples.add(new Sample(group.name(), List.copyOf(subjects),
                    values.stream().mapToDouble(Double::doubleValue).toArray(), group.observations().size() - values.size()));
        }
        return new GroupSamples(input, List.copyOf(samples), List.copyOf(exclusions));
    }

    /** @throws AnalysisInputException naming the first group with fewer than {@code min} values */
    public GroupSamples requireAtLeast(int min, String why) {
        for (Sample sample : samples) {
            if (sample.n() < min) {
                throw new AnalysisInputException("group '" + sample.name() + "' has " + sample.n()
                        + (sample.n() == 1 ? " value" : " values") + " of " + input.variable() + "; " + why
                        + " needs at least " + min + " per group");
            }
        }
        return this;
    }

    public List<double[]> values() {
        return samples.stream().map(Sample::values).toList();
    }

    public int total() {
        return samples.stream().mapToInt(Sample::n).sum();
    }

    public DataUsed dataUsed() {
        return new DataUsed(input.variable(), input.groupNames(), input.visit(),
                samples.stream().flatMap(s -> s.subjects().stream()).toList(), total(), exclusions);
    }
}
