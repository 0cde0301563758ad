package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.RandomizationScheme;

/**
 * Arm frequencies over a fixed set of 200 seeds fit the ratio by a chi-square goodness-of-fit
 * test at alpha 0.01. The seeds are fixed, so the counts and the p-value are the same on every
 * run: the test is deterministic, not flaky.
 */
class ArmFrequencyTest {

    private static final double ALPHA = 0.01;
    private static final int SEEDS = 200;
    private static final int LENGTH = 60;

    @Test
    void simpleTwoToOneFitsTheRatio() {
        long[] observed = pooledCounts(Plans.arms(2, 1));
        // 200 lists of 60 = 12,000 allocations; expected 2/3 and 1/3 of them
        assertThat(observed[0] + observed[1]).isEqualTo(12_000);
        assertThat(new ChiSquareTest().chiSquareTest(new double[] {8_000, 4_000}, observed)).isGreaterThan(ALPHA);
        // and the test has power: the same counts are far from 1:1
        assertThat(new ChiSquareTest().chiSquareTest(new double[] {6_000, 6_000}, observed)).isLessThan(ALPHA);
    }

    @Test
    void simpleOneToOneToOneFitsTheRatio() {
        long[] observed = pooledCounts(Plans.arms(1, 1, 1));
        assertThat(observed[0] + observed[1] + observed[2]).isEqualTo(12_000);
        assertThat(new ChiSquareTest().chiSquareTest(new double[] {4_000, 4_000, 4_000}, observed)).isGreaterThan(ALPHA);
    }

    @Test
    void blockSizesAreChosenUniformlyAmongTheMultiples() {
        // 1:1 with multiples 1, 2, 3: blocks of 2, 4 and 6 equally likely
        long[] sizes = new long[3];
        for (long seed = 1; seed <= SEEDS; seed++) {
            AllocationList list = AllocationList.generate(Plans.plan(
                    RandomizationScheme.blocks(Plans.arms(1, 1), List.of(1, 2, 3), LENGTH), seed));
            List<ListEntry> entries = list.entries();
            for (int i = 0; i < entries.size(); i++) {
                if (i == 0 || entries.get(i - 1).block() != entries.get(i).block()) {
                    sizes[entries.get(i).blockSize() / 2 - 1]++;
                }
            }
        }
        long blocks = sizes[0] + sizes[1] + sizes[2];
        assertThat(new ChiSquareTest().chiSquareTest(new double[] {blocks / 3.0, blocks / 3.0, blocks / 3.0}, sizes))
                .isGreaterThan(ALPHA);
    }

    private static long[] pooledCounts(List<ArmRatio> arms) {
        long[] counts = new long[arms.size()];
        for (long seed = 1; seed <= SEEDS; seed++) {
            AllocationList list = AllocationList.generate(Plans.plan(RandomizationScheme.simple(arms, LENGTH), seed));
            assertThat(list.entries()).hasSize(LENGTH).allMatch(e -> e.block() == 0 && e.blockSize() == 0);
            for (ListEntry entry : list.entries()) {
                counts[entry.armId().charAt(0) - 'A']++;
            }
        }
        return counts;
    }
}
