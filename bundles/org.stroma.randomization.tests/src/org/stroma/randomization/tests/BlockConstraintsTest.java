package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.Factor;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.Stratum;

/** Every block of every list holds each arm exactly its share, and lists end on block boundaries. */
class BlockConstraintsTest {

    static Stream<Arguments> designs() {
        // allowed sizes written out: multiple x ratio sum
        return Stream.of(
                Arguments.of(Plans.arms(1, 1), List.of(1, 2, 3), Set.of(2, 4, 6)),
                Arguments.of(Plans.arms(1, 1, 1), List.of(1, 2), Set.of(3, 6)),
                Arguments.of(Plans.arms(2, 1), List.of(1, 2), Set.of(3, 6)));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void permutedBlocksHoldTheRatioInEveryBlock(List<ArmRatio> arms, List<Integer> multiples, Set<Integer> sizes) {
        for (long seed = 1; seed <= 25; seed++) {
            AllocationList list = AllocationList.generate(Plans.plan(RandomizationScheme.blocks(arms, multiples, 50), seed));
            assertThat(list.strata()).extracting(Stratum::key).containsExactly("all");
            checkStratum(list.entries("all"), arms, sizes, 50);
            assertThat(list.entries()).hasSameSizeAs(list.entries("all"));
        }
    }

    @ParameterizedTest
    @MethodSource("designs")
    void stratifiedBlocksHoldTheRatioInEveryBlockOfEveryStratum(List<ArmRatio> arms, List<Integer> multiples,
            Set<Integer> sizes) {
        List<Factor> factors = List.of(Factor.sites("S1", "S2", "S3"), Factor.of("sex", "F", "M"));
        for (long seed = 1; seed <= 10; seed++) {
            AllocationList list = AllocationList.generate(Plans.plan(
                    RandomizationScheme.stratifiedBlocks(arms, multiples, factors, 13), seed));
            // 3 sites x 2 sexes, first factor varying slowest
            assertThat(list.strata()).extracting(Stratum::key).containsExactly("site=S1|sex=F", "site=S1|sex=M",
                    "site=S2|sex=F", "site=S2|sex=M", "site=S3|sex=F", "site=S3|sex=M");
            int total = 0;
            for (Stratum stratum : list.strata()) {
                List<ListEntry> entries = list.entries(stratum.key());
                checkStratum(entries, arms, sizes, 13);
                total += entries.size();
            }
            assertThat(list.entries()).hasSize(total);
        }
    }

    private static void checkStratum(List<ListEntry> entries, List<ArmRatio> arms, Set<Integer> sizes, int asked) {
        int ratioSum = arms.stream().mapToInt(ArmRatio::weight).sum();
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        // at least the length asked, and less than one more block beyond it
        assertThat(entries.size()).isBetween(asked, asked + largest - 1);
        assertThat(entries).extracting(ListEntry::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, entries.size()).boxed().toList());
        Map<Integer, List<ListEntry>> blocks = entries.stream()
                .collect(Collectors.groupingBy(ListEntry::block, LinkedHashMap::new, Collectors.toList()));
        assertThat(blocks.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1, blocks.size()).boxed().toList());
        for (List<ListEntry> block : blocks.values()) {
            int size = block.get(0).blockSize();
            assertThat(sizes).contains(size);
            // complete: the list ends on a block boundary, so no block is cut short
            assertThat(block).hasSize(size).allMatch(e -> e.blockSize() == size);
            for (ArmRatio arm : arms) {
                assertThat(block.stream().filter(e -> e.armId().equals(arm.armId())).count())
                        .as("arm %s in a block of %d", arm.armId(), size)
                        .isEqualTo((long) arm.weight() * size / ratioSum);
            }
        }
    }
}
