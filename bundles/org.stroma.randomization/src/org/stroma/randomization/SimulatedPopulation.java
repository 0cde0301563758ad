package org.stroma.randomization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Who enrols in simulated trials: the factors subjects are described by and how common each
 * level is. Schemes are compared on the same population, so that permuted blocks (which use
 * no factor) and minimization can both be judged by their balance within sites and factor
 * levels.
 *
 * @param factors          the factors simulated subjects have (weights are not used here)
 * @param levelProportions per factor name, the probability of each of its levels, in level
 *                         order, summing to 1; a factor that is not listed has uniform levels
 * @since 0.1
 */
public record SimulatedPopulation(List<Factor> factors, Map<String, List<Double>> levelProportions) {

    private static final double SUM_TOLERANCE = 1e-6;

    /** Checks the proportions against the factors and fills in uniform ones where none are given. */
    public SimulatedPopulation {
        factors = List.copyOf(factors == null ? List.<Factor>of() : factors);
        Names.distinct("factor name", factors.stream().map(Factor::name).toList());
        Map<String, List<Double>> given = levelProportions == null ? Map.<String, List<Double>>of() : levelProportions;
        for (String name : given.keySet()) {
            if (factors.stream().noneMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException("level proportions given for '" + name + "', which is not a factor");
            }
        }
        Map<String, List<Double>> complete = new LinkedHashMap<>();
        for (Factor factor : factors) {
            List<Double> proportions = given.get(factor.name());
            complete.put(factor.name(), proportions == null ? uniform(factor) : checked(factor, proportions));
        }
        levelProportions = Collections.unmodifiableMap(complete);
    }

    /** @return the population described by the scheme's own factors */
    public static SimulatedPopulation of(RandomizationScheme scheme, Map<String, List<Double>> levelProportions) {
        return new SimulatedPopulation(scheme.factors(), levelProportions);
    }

    /** @return a subject's level index per factor, each drawn with {@code nextDouble()} */
    int[] draw(UniformRandomProvider random) {
        int[] levels = new int[factors.size()];
        for (int f = 0; f < levels.length; f++) {
            List<Double> proportions = levelProportions.get(factors.get(f).name());
            double u = random.nextDouble();
            double cumulative = 0;
            int level = -1;
            for (int l = 0; l < proportions.size() && level < 0; l++) {
                cumulative += proportions.get(l);
                if (u < cumulative) {
                    level = l;
                }
            }
            levels[f] = level >= 0 ? level : lastPossible(proportions);
        }
        return levels;
    }

    private static int lastPossible(List<Double> proportions) {
        // rounding can leave the cumulative sum a hair under 1
        for (int l = proportions.size() - 1; l >= 0; l--) {
            if (proportions.get(l) > 0) {
                return l;
            }
        }
        return proportions.size() - 1;
    }

    private static List<Double> uniform(Factor factor) {
        List<Double> proportions = new ArrayList<>();
        for (int l = 0; l < factor.levels().size(); l++) {
            proportions.add(1.0 / factor.levels().size());
        }
        return List.copyOf(proportions);
    }

    private static List<Double> checked(Factor factor, List<Double> proportions) {
        if (proportions.size() != factor.levels().size()) {
            throw new IllegalArgumentException("factor '" + factor.name() + "' has " + factor.levels().size()
                    + " levels but " + proportions.size() + " level proportions");
        }
        double sum = 0;
        for (Double p : proportions) {
            if (p == null || !(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("level proportions of '" + factor.name()
                        + "' must be between 0 and 1, got " + proportions);
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("level proportions of '" + factor.name() + "' must sum to 1, sum to " + sum);
        }
        return List.copyOf(proportions);
    }
}
