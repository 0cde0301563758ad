package org.stroma.analysis;

import java.util.ArrayList;
import java.util.List;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.PairedObservation;
import org.stroma.analysis.api.PairedValues;

/**
 * The complete pairs of a {@link PairedValues} input; a subject with either value missing is
 * excluded, with the reason.
 *
 * @param input the pairs as given
 * @param subjects subjects with both values, in input order
 * @param first their first (baseline) values
 * @param second their second (follow-up) values
 * @param exclusions incomplete pairs
 */
public record PairedSample(PairedValues input, List<String> subjects, double[] first, double[] second,
        List<Exclusion> exclusions) {

    public static PairedSample of(PairedValues input) {
        List<String> subjects = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (PairedObservation pair : input.pairs()) {
            if (pair.isComplete()) {
                subjects.add(pair.subject());
                pairs.add(new double[] {pair.first(), pair.second()});
            } else {
                String missing = Double.isNaN(pair.first()) && Double.isNaN(pair.second())
                        ? input.firstLabel() + " and " + input.secondLabel()
                        : Double.isNaN(pair.first()) ? input.firstLabel() : input.secondLabel();
                exclusions.add(new Exclusion(pair.subject(), input.group(),
                        input.variable() + " missing at " + missing));
            }
        }
        return new PairedSample(input, List.copyOf(subjects), pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray(), List.copyOf(exclusions));
    }

    public int n() {
        return first.length;
    }

    /** second - first for each complete pair. */
    public double[] differences() {
        double[] d = new double[first.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = second[i] - first[i];
        }
        return d;
    }

    /** @throws AnalysisInputException if fewer than {@code min} complete pairs */
    public PairedSample requireAtLeast(int min, String why) {
        if (n() < min) {
            throw new AnalysisInputException(input.group() + " has " + n() + " complete " + input.firstLabel() + "/"
                    + input.secondLabel() + " pairs of " + input.variable() + "; " + why + " needs at least " + min);
        }
        return this;
    }

    public DataUsed dataUsed() {
        return new DataUsed(input.variable(), List.of(input.group()), input.visit(), subjects, 2L * n(), exclusions);
    }
}
