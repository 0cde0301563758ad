package org.stroma.randomization;

import java.util.Map;

/**
 * Counts of allocated subjects per factor level and arm, the state minimization decides
 * from. Counts are compared as count / arm weight; to keep ties exact they are held scaled by
 * the least common multiple of the weights (count &times; lcm / weight is a whole number).
 */
final class MinimizationTally {

    private final RandomizationScheme scheme;
    private final int[][][] counts;
    private final int[] scale;
    private final int lcm;
    private int allocated;

    MinimizationTally(RandomizationScheme scheme) {
        this.scheme = scheme;
        int arms = scheme.arms().size();
        counts = new int[scheme.factors().size()][][];
        for (int f = 0; f < counts.length; f++) {
            counts[f] = new int[scheme.factors().get(f).levels().size()][arms];
        }
        lcm = leastCommonMultiple(scheme);
        scale = new int[arms];
        for (int a = 0; a < arms; a++) {
            scale[a] = lcm / scheme.arms().get(a).weight();
        }
    }

    /** @return the subject's level index for each factor, refusing missing or unknown levels */
    int[] levelIndexes(Map<String, String> subjectLevels) {
        if (subjectLevels == null) {
            throw new IllegalArgumentException("the subject's factor levels are missing");
        }
        int[] indexes = new int[scheme.factors().size()];
        for (int f = 0; f < indexes.length; f++) {
            Factor factor = scheme.factors().get(f);
            indexes[f] = factor.levels().indexOf(Stratum.levelOf(factor, subjectLevels));
        }
        return indexes;
    }

    void add(int[] levelIndexes, int arm) {
        for (int f = 0; f < levelIndexes.length; f++) {
            counts[f][levelIndexes[f]][arm]++;
        }
        allocated++;
    }

    int allocated() {
        return allocated;
    }

    /**
     * @return the weighted imbalance if the subject at {@code levelIndexes} went to
     *         {@code candidate}: the sum over factors of factor weight &times; (max &minus; min over
     *         arms of count / arm weight) at the subject's level, counting the subject
     */
    double imbalanceIf(int[] levelIndexes, int candidate) {
        double total = 0;
        for (int f = 0; f < levelIndexes.length; f++) {
            int[] atLevel = counts[f][levelIndexes[f]];
            int max = Integer.MIN_VALUE;
            int min = Integer.MAX_VALUE;
            for (int a = 0; a < atLevel.length; a++) {
                int scaled = (atLevel[a] + (a == candidate ? 1 : 0)) * scale[a];
                max = Math.max(max, scaled);
                min = Math.min(min, scaled);
            }
            total += scheme.factors().get(f).weight() * (max - min) / lcm;
        }
        return total;
    }

    /** @return the least common multiple of the arms' weights */
    static int leastCommonMultiple(RandomizationScheme scheme) {
        int lcm = 1;
        for (ArmRatio arm : scheme.arms()) {
            lcm = Math.multiplyExact(lcm / gcd(lcm, arm.weight()), arm.weight());
        }
        return lcm;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
