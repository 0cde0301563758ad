package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.stroma.randomization.Allocation;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.EmergencyEnvelopes;
import org.stroma.randomization.Envelope;
import org.stroma.randomization.Factor;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.MinimizationDecision;
import org.stroma.randomization.MinimizationRandomizer;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.Seed;

/**
 * The package comment documents the algorithm so that statisticians can regenerate lists
 * themselves. This test re-implements it from that text alone (SHA-256 from the JDK,
 * xoroshiro128++ from Commons RNG, the draws as written) and checks that the code does the
 * same; no expected value here comes from running the code under test.
 */
class DocumentedAlgorithmTest {

    private static final Seed SEED = Seed.parse("00112233445566778899aabbccddeeff");

    /** The documented stream: first 16 bytes of SHA-256(seed || label) as two big-endian longs. */
    private static UniformRandomProvider stream(Seed seed, String label) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(seed.bytes());
        byte[] digest = sha256.digest(label.getBytes(StandardCharsets.UTF_8));
        ByteBuffer state = ByteBuffer.wrap(Arrays.copyOf(digest, 16));
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {state.getLong(), state.getLong()});
    }

    @Test
    void simpleOneToOneTakesArmANextIntOfTwoIsZero() throws Exception {
        AllocationList list = AllocationList.generate(RandomizationPlan.of(
                RandomizationScheme.simple(Plans.arms(1, 1), 40), SEED));
        UniformRandomProvider random = stream(SEED, "stratum:all");
        for (ListEntry entry : list.entries()) {
            assertThat(entry.armId()).isEqualTo(random.nextInt(2) == 0 ? "A" : "B");
        }
    }

    @Test
    void simpleTwoToOneTakesTheArmWhoseCumulativeWeightExceedsTheDraw() throws Exception {
        AllocationList list = AllocationList.generate(RandomizationPlan.of(
                RandomizationScheme.simple(Plans.arms(2, 1), 40), SEED));
        UniformRandomProvider random = stream(SEED, "stratum:all");
        for (ListEntry entry : list.entries()) {
            // cumulative weights A 2, B 3: r in {0, 1} is A, r = 2 is B
            assertThat(entry.armId()).isEqualTo(random.nextInt(3) < 2 ? "A" : "B");
        }
    }

    @Test
    void permutedBlocksAreFilledInArmOrderAndShuffledFromTheLastIndexDown() throws Exception {
        AllocationList list = AllocationList.generate(RandomizationPlan.of(
                RandomizationScheme.blocks(Plans.arms(1, 1, 1), List.of(1, 2), 30), SEED));
        List<String> expected = blocks(stream(SEED, "stratum:all"), List.of(1, 2), list.entries().size());
        assertThat(list.entries()).extracting(ListEntry::armId).containsExactlyElementsOf(expected);
    }

    @Test
    void eachStratumDrawsFromTheStreamNamedByItsKey() throws Exception {
        AllocationList list = AllocationList.generate(RandomizationPlan.of(RandomizationScheme.stratifiedBlocks(
                Plans.arms(2, 1), List.of(1, 2), List.of(Factor.sites("SITE-A", "SITE-B"), Factor.of("sex", "F", "M")),
                12), SEED));
        for (String key : List.of("site=SITE-A|sex=F", "site=SITE-A|sex=M", "site=SITE-B|sex=F", "site=SITE-B|sex=M")) {
            List<ListEntry> entries = list.entries(key);
            List<String> expected = blocks2to1(stream(SEED, "stratum:" + key), entries.size());
            assertThat(entries).extracting(ListEntry::armId).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void emergencyEnvelopesDrawFromTheSitesOwnStream() throws Exception {
        RandomizationPlan plan = RandomizationPlan.of(RandomizationScheme.blocks(Plans.arms(1, 1, 1), List.of(1, 2), 30),
                SEED);
        List<Envelope> envelopes = EmergencyEnvelopes.forSite(plan, "SITE-B", 10);
        List<String> expected = blocks(stream(SEED, "emergency:SITE-B"), List.of(1, 2), envelopes.size());
        assertThat(envelopes).extracting(Envelope::armId).containsExactlyElementsOf(expected);
    }

    @Test
    void minimizationDrawsFromTheStreamOfTheAllocationNumber() throws Exception {
        Factor sex = Factor.of("sex", "F", "M");
        RandomizationPlan plan = RandomizationPlan.of(
                RandomizationScheme.minimization(Plans.arms(1, 1), List.of(sex), 0.8, 20), SEED);
        MinimizationRandomizer randomizer = new MinimizationRandomizer(plan);
        // first subject: r = nextInt(2) from stream minimization:1, in proportion to 1:1
        MinimizationDecision first = randomizer.allocate(List.of(), Map.of("sex", "F"));
        assertThat(first.armId()).isEqualTo(stream(SEED, "minimization:1").nextInt(2) == 0 ? "A" : "B");
        // sixth subject, F, after F-A, F-A, F-B, M-B, M-A: B alone is preferred (see
        // MinimizationRandomizerTest), so u = nextDouble() < 0.8 takes B, otherwise nextInt(1)
        // picks the only other arm, A
        List<Allocation> previous = List.of(new Allocation(Map.of("sex", "F"), "A"),
                new Allocation(Map.of("sex", "F"), "A"), new Allocation(Map.of("sex", "F"), "B"),
                new Allocation(Map.of("sex", "M"), "B"), new Allocation(Map.of("sex", "M"), "A"));
        for (long seed = 1; seed <= 20; seed++) {
            Seed s = Plans.seed(seed);
            MinimizationDecision sixth = new MinimizationRandomizer(RandomizationPlan.of(plan.scheme(), s))
                    .allocate(previous, Map.of("sex", "F"));
            double u = stream(s, "minimization:6").nextDouble();
            assertThat(sixth.armId()).isEqualTo(u < 0.8 ? "B" : "A");
            assertThat(sixth.preferredChosen()).isEqualTo(u < 0.8);
        }
    }

    /** Blocks of a 1:1:1 ratio (arms A, B, C) as documented: size, fill in arm order, Fisher-Yates. */
    private static List<String> blocks(UniformRandomProvider random, List<Integer> multiples, int length) {
        List<String> sequence = new ArrayList<>();
        while (sequence.size() < length) {
            int m = multiples.get(random.nextInt(multiples.size()));
            List<String> block = new ArrayList<>();
            for (String arm : List.of("A", "B", "C")) {
                for (int i = 0; i < m; i++) {
                    block.add(arm);
                }
            }
            shuffle(random, block);
            sequence.addAll(block);
        }
        return sequence;
    }

    /** Blocks of a 2:1 ratio with multiples 1 and 2: A twice and B once per multiple. */
    private static List<String> blocks2to1(UniformRandomProvider random, int length) {
        List<String> sequence = new ArrayList<>();
        while (sequence.size() < length) {
            int m = List.of(1, 2).get(random.nextInt(2));
            List<String> block = new ArrayList<>();
            for (int i = 0; i < 2 * m; i++) {
                block.add("A");
            }
            for (int i = 0; i < m; i++) {
                block.add("B");
            }
            shuffle(random, block);
            sequence.addAll(block);
        }
        return sequence;
    }

    private static void shuffle(UniformRandomProvider random, List<String> block) {
        for (int i = block.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = block.get(i);
            block.set(i, block.get(j));
            block.set(j, swap);
        }
    }
}
