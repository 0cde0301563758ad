package org.stroma.randomization;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts kept while simulating: per trial the arm counts overall, per list (for the guesser),
 * per population stratum and per factor level; over trials the distributions of imbalance and
 * the guesser's score. Counts are held scaled by lcm / weight so that imbalances are exact.
 */
final class DiagnosticsTally {

    private final RandomizationScheme scheme;
    private final int plannedSubjects;
    private final int lcm;
    private final int[] scale;
    private final int[] overall;
    private final int[][] lists;
    private final int[][] strata;
    private final int[][] levels;
    private final int[] overallTrials;
    private final int[] worstStratumTrials;
    private final int[] worstLevelTrials;
    private final long[] stratumSums;
    private final long[] levelSums;
    private double trialGuessScore;
    private double guessShareSum;
    private int trials;

    DiagnosticsTally(RandomizationScheme scheme, int plannedSubjects, int strataCount, int levelCount) {
        this.scheme = scheme;
        this.plannedSubjects = plannedSubjects;
        int arms = scheme.arms().size();
        lcm = MinimizationTally.leastCommonMultiple(scheme);
        scale = new int[arms];
        int maxScale = 0;
        for (int a = 0; a < arms; a++) {
            scale[a] = lcm / scheme.arms().get(a).weight();
            maxScale = Math.max(maxScale, scale[a]);
        }
        overall = new int[arms];
        lists = new int[scheme.strata().size()][arms];
        strata = new int[strataCount][arms];
        levels = new int[levelCount][arms];
        int largest = Math.multiplyExact(plannedSubjects, maxScale) + 1;
        overallTrials = new int[largest];
        worstStratumTrials = new int[largest];
        worstLevelTrials = new int[largest];
        stratumSums = new long[strataCount];
        levelSums = new long[levelCount];
    }

    void startTrial() {
        Arrays.fill(overall, 0);
        for (int[][] table : new int[][][] {lists, strata, levels}) {
            for (int[] row : table) {
                Arrays.fill(row, 0);
            }
        }
        trialGuessScore = 0;
    }

    /** Scores the guess made before the allocation, then counts the allocation. */
    void allocate(int arm, int list, int stratum, int[] levelIndexes) {
        trialGuessScore += guessScore(lists[list], arm);
        overall[arm]++;
        lists[list][arm]++;
        strata[stratum][arm]++;
        for (int level : levelIndexes) {
            levels[level][arm]++;
        }
    }

    void endTrial() {
        overallTrials[imbalance(overall)]++;
        int worstStratum = 0;
        for (int s = 0; s < strata.length; s++) {
            int imbalance = imbalance(strata[s]);
            stratumSums[s] += imbalance;
            worstStratum = Math.max(worstStratum, imbalance);
        }
        worstStratumTrials[worstStratum]++;
        int worstLevel = 0;
        for (int l = 0; l < levels.length; l++) {
            int imbalance = imbalance(levels[l]);
            levelSums[l] += imbalance;
            worstLevel = Math.max(worstLevel, imbalance);
        }
        worstLevelTrials[worstLevel]++;
        guessShareSum += trialGuessScore / plannedSubjects;
        trials++;
    }

    SchemeDiagnostics diagnostics(Map<String, Integer> strataKeys, Map<String, Integer> levelKeys) {
        int largestWeight = scheme.arms().stream().mapToInt(ArmRatio::weight).max().orElseThrow();
        return new SchemeDiagnostics(scheme.summary(), scheme.method().words(), trials, plannedSubjects,
                ImbalanceDistribution.of(overallTrials, lcm), ImbalanceDistribution.of(worstStratumTrials, lcm),
                means(strataKeys, stratumSums), ImbalanceDistribution.of(worstLevelTrials, lcm),
                means(levelKeys, levelSums), guessShareSum / trials, (double) largestWeight / scheme.ratioSum());
    }

    private Map<String, Double> means(Map<String, Integer> keys, long[] sums) {
        Map<String, Double> means = new LinkedHashMap<>();
        keys.forEach((key, index) -> means.put(key, (double) sums[index] / trials / lcm));
        return means;
    }

    /** @return max minus min of the scaled counts: the imbalance times lcm */
    private int imbalance(int[] counts) {
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (int a = 0; a < counts.length; a++) {
            max = Math.max(max, counts[a] * scale[a]);
            min = Math.min(min, counts[a] * scale[a]);
        }
        return max - min;
    }

    /** @return 1/k if the arm is among the k arms furthest behind their share, else 0 */
    private double guessScore(int[] counts, int arm) {
        int min = Integer.MAX_VALUE;
        for (int a = 0; a < counts.length; a++) {
            min = Math.min(min, counts[a] * scale[a]);
        }
        int tied = 0;
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] * scale[a] == min) {
                tied++;
            }
        }
        return counts[arm] * scale[arm] == min ? 1.0 / tied : 0.0;
    }
}
