package org.stroma.ui.randomization;

import java.util.List;
import java.util.Map;

import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.SimulatedPopulation;

/**
 * What the statistician chose on the first page of Randomization Setup, and the schemes it makes:
 * the chosen one, and others on the same arms, blocks and factors for comparison. The factors
 * describe the simulated subjects of every scheme compared, so permuted blocks (which use none)
 * are judged by their balance within sites and factor levels just as minimization is.
 *
 * @param method          the method chosen
 * @param arms            the study's arms with their ratio, as the design says
 * @param blockMultiples  block sizes as multiples of the ratio sum (block methods)
 * @param factors         the factors ticked, with their weights (minimization) and levels
 * @param preferredArmProbability minimization's chance of the arm that minimizes imbalance
 * @param plannedSubjects subjects planned: the list length, per stratum for stratified blocks
 */
record SchemeChoice(RandomizationMethod method, List<ArmRatio> arms, List<Integer> blockMultiples,
        List<Factor> factors, double preferredArmProbability, int plannedSubjects) {

    SchemeChoice {
        arms = List.copyOf(arms);
        blockMultiples = List.copyOf(blockMultiples);
        factors = List.copyOf(factors);
    }

    /**
     * @return the chosen scheme
     * @throws IllegalArgumentException naming what does not fit (no block sizes, no factor...)
     */
    RandomizationScheme scheme() {
        return schemeOf(method);
    }

    /**
     * @return the scheme the same choices make under another method, for comparison
     * @throws IllegalArgumentException when that method needs what was not chosen (a factor)
     */
    RandomizationScheme schemeOf(RandomizationMethod other) {
        boolean usesFactors = other == RandomizationMethod.STRATIFIED_BLOCKS || other == RandomizationMethod.MINIMIZATION;
        if (usesFactors && factors.isEmpty()) {
            throw new IllegalArgumentException(other.words() + " needs at least one factor: tick one on the first page");
        }
        return new RandomizationScheme(other, arms, other.usesBlocks() ? blockMultiples : List.of(),
                usesFactors ? factors : List.of(), preferredArmProbability, plannedSubjects);
    }

    /** The simulated subjects: the factors ticked, each level equally common. */
    SimulatedPopulation population() {
        return new SimulatedPopulation(factors, Map.of());
    }

    /** The list as the study desk describes it: the scheme and the subjects it is planned for. */
    String description() {
        return scheme().summary() + ", planned for " + plannedSubjects
                + (method == RandomizationMethod.STRATIFIED_BLOCKS ? " per stratum" : "");
    }
}
