package org.stroma.randomization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Pocock-Simon minimization. For each arm, the new subject is added hypothetically; for each
 * factor, the counts of subjects at the new subject's level are divided by each arm's ratio
 * weight (so that 2:1 is balance for a 2:1 ratio) and their range (max &minus; min) is taken;
 * the arm's imbalance is the sum of the ranges times the factor weights. The arms with the
 * lowest imbalance are preferred (scores within 10<sup>-9</sup> count as equal); a tie among
 * them is broken uniformly at random; the preferred arm is then taken with the scheme's
 * preferred-arm probability, otherwise one of the other arms uniformly. The first subject, and
 * any subject for whom all arms score the same, is allocated at random in proportion to the
 * ratio.
 *
 * <p>The draws for the n-th allocation come from the stream {@code minimization:n} (see the
 * package comment), so replaying the same subjects in the same order reproduces every
 * decision, and nobody can steer a decision by re-asking. The randomizer holds no state
 * besides its plan, so one instance may serve several threads.
 *
 * @since 0.1
 */
public final class MinimizationRandomizer {

    private static final double TIE = 1e-9;

    private final RandomizationPlan plan;

    /**
     * @throws IllegalArgumentException when the plan is not a minimization plan of the current
     *                                  algorithm version
     */
    public MinimizationRandomizer(RandomizationPlan plan) {
        if (plan.scheme().method() != RandomizationMethod.MINIMIZATION) {
            throw new IllegalArgumentException("the plan's method is " + plan.scheme().method().words()
                    + ", not minimization");
        }
        plan.requireCurrentAlgorithm();
        this.plan = plan;
    }

    /**
     * Allocates the next subject.
     *
     * @param previous      every subject allocated so far (withdrawn ones too, and those
     *                      allocated by emergency envelope), in allocation order
     * @param subjectLevels the new subject's level of each of the scheme's factors
     * @return the decision for allocation number {@code previous.size() + 1}
     * @throws IllegalArgumentException for a missing or unknown level or arm
     */
    public MinimizationDecision allocate(List<Allocation> previous, Map<String, String> subjectLevels) {
        if (previous == null) {
            throw new IllegalArgumentException("the previous allocations are missing; give an empty list for the first subject");
        }
        RandomizationScheme scheme = plan.scheme();
        List<String> armIds = scheme.armIds();
        MinimizationTally tally = new MinimizationTally(scheme);
        for (Allocation allocation : previous) {
            int arm = armIds.indexOf(allocation.armId());
            if (arm < 0) {
                throw new IllegalArgumentException("'" + allocation.armId() + "' is not an arm of the scheme; arms are "
                        + String.join(", ", armIds));
            }
            tally.add(tally.levelIndexes(allocation.levels()), arm);
        }
        return decide(plan, tally, tally.levelIndexes(subjectLevels));
    }

    /** The decision for the subject at {@code levelIndexes} given {@code tally}; shared with simulation. */
    static MinimizationDecision decide(RandomizationPlan plan, MinimizationTally tally, int[] levelIndexes) {
        RandomizationScheme scheme = plan.scheme();
        int number = tally.allocated() + 1;
        UniformRandomProvider random = AllocationRandom.stream(plan.seed(), AllocationRandom.minimizationLabel(number));
        int arms = scheme.arms().size();
        Map<String, Double> imbalance = new LinkedHashMap<>();
        double lowest = Double.MAX_VALUE;
        for (int a = 0; a < arms; a++) {
            double score = tally.imbalanceIf(levelIndexes, a);
            imbalance.put(scheme.arms().get(a).armId(), score);
            lowest = Math.min(lowest, score);
        }
        List<Integer> preferred = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            if (imbalance.get(scheme.arms().get(a).armId()) <= lowest + TIE * Math.max(1, lowest)) {
                preferred.add(a);
            }
        }
        if (number == 1 || preferred.size() == arms) {
            // nothing to minimize yet, or nothing to choose between: follow the ratio
            List<Integer> all = new ArrayList<>();
            for (int a = 0; a < arms; a++) {
                all.add(a);
            }
            return decision(scheme, AllocationRandom.armByWeight(random, scheme), imbalance, all, true, number);
        }
        int choice = preferred.size() == 1 ? preferred.get(0) : preferred.get(random.nextInt(preferred.size()));
        if (random.nextDouble() < scheme.preferredArmProbability()) {
            return decision(scheme, choice, imbalance, preferred, true, number);
        }
        List<Integer> others = new ArrayList<>();
        for (int a = 0; a < arms; a++) {
            if (a != choice) {
                others.add(a);
            }
        }
        int arm = others.get(random.nextInt(others.size()));
        return decision(scheme, arm, imbalance, preferred, preferred.contains(arm), number);
    }

    private static MinimizationDecision decision(RandomizationScheme scheme, int arm, Map<String, Double> imbalance,
            List<Integer> preferred, boolean preferredChosen, int number) {
        List<String> preferredIds = preferred.stream().map(a -> scheme.arms().get(a).armId()).toList();
        return new MinimizationDecision(scheme.arms().get(arm).armId(), imbalance, preferredIds, preferredChosen, number);
    }
}
