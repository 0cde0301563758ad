package org.stroma.analysis.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A named group of subjects' values, e.g. one arm of a trial.
 *
 * @since 1.0
 */
public record Group(String name, List<Observation> observations) {

    public Group {
        Inputs.requireText(name, "group name");
        observations = List.copyOf(observations);
    }

    /**
     * A group from parallel lists of subjects and values.
     *
     * @throws AnalysisInputException if the two have different lengths
     */
    public static Group of(String name, List<String> subjects, double... values) {
        if (subjects.size() != values.length) {
            throw new AnalysisInputException("group '" + name + "' has " + subjects.size() + " subjects but "
                    + values.length + " values");
        }
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            observations.add(new Observation(subjects.get(i), values[i]));
        }
        return new Group(name, observations);
    }

    /** A group whose subjects are numbered {@code name-1, name-2, ...}. */
    public static Group ofValues(String name, double... values) {
        List<String> subjects = new ArrayList<>();
        for (int i = 1; i <= values.length; i++) {
            subjects.add(name + "-" + i);
        }
        return of(name, subjects, values);
    }

    /** The values that are not missing, in input order. */
    public double[] presentValues() {
        return observations.stream().filter(o -> !o.isMissing()).mapToDouble(Observation::value).toArray();
    }
}
