package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.Factor;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.Seed;

/** The same record always gives the same list; the record survives its text form exactly. */
class ReproducibilityTest {

    private static final RandomizationScheme STRATIFIED = RandomizationScheme.stratifiedBlocks(Plans.arms(2, 1),
            List.of(1, 2), List.of(Factor.sites("SITE-A", "SITE-B"), new Factor("sex", List.of("F", "M"), 0.5)), 12);

    @Test
    void theSamePlanGivesTheSameList() {
        RandomizationPlan plan = Plans.plan(STRATIFIED, 42);
        assertThat(AllocationList.generate(plan)).isEqualTo(AllocationList.generate(plan));
        RandomizationPlan copy = new RandomizationPlan(STRATIFIED, Seed.parse(plan.seed().hex()), 1);
        assertThat(AllocationList.generate(copy)).isEqualTo(AllocationList.generate(plan));
    }

    @Test
    void thePlanTextIsReadableAndRoundTripsExactly() {
        RandomizationPlan plan = Plans.plan(STRATIFIED, 42);
        String text = plan.toText();
        assertThat(text).isEqualTo("""
                algorithm.version=1
                method=stratified-blocks
                seed=000000000000002a5a5a5a5a5a5a5a5a
                arms=A:2,B:1
                block.multiples=1,2
                factor.1=site:SITE-A|SITE-B;weight=1.0
                factor.2=sex:F|M;weight=0.5
                preferred.arm.probability=0.8
                list.length=12
                """);
        RandomizationPlan read = RandomizationPlan.fromText(text);
        assertThat(read).isEqualTo(plan);
        assertThat(read.toText()).isEqualTo(text);
        assertThat(AllocationList.generate(read)).isEqualTo(AllocationList.generate(plan));
    }

    @Test
    void everyMethodRoundTripsThroughText() {
        List<RandomizationScheme> schemes = List.of(
                RandomizationScheme.simple(Plans.arms(1, 1, 1), 30),
                RandomizationScheme.blocks(Plans.arms(1, 1), List.of(1, 2, 3), 40),
                STRATIFIED,
                RandomizationScheme.minimization(Plans.arms(1, 1),
                        List.of(Factor.sites("S1", "S2"), new Factor("age", List.of("<65", "65+"), 0.3)), 2.0 / 3, 18));
        for (RandomizationScheme scheme : schemes) {
            RandomizationPlan plan = RandomizationPlan.withFreshSeed(scheme);
            // comments and blank lines are allowed around the fields
            assertThat(RandomizationPlan.fromText("# stored plan\n\n" + plan.toText() + "\n")).isEqualTo(plan);
        }
    }

    @Test
    void differentSeedsGiveDifferentLists() {
        RandomizationScheme blocks = RandomizationScheme.blocks(Plans.arms(1, 1), List.of(1, 2), 40);
        List<String> first = arms(AllocationList.generate(Plans.plan(blocks, 1)).entries());
        List<String> second = arms(AllocationList.generate(Plans.plan(blocks, 2)).entries());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void freshSeedsAreSixteenBytesAndDiffer() {
        Seed one = Seed.fresh();
        Seed two = Seed.fresh();
        assertThat(one.bytes()).hasSize(16);
        assertThat(one.hex()).hasSize(32).matches("[0-9a-f]{32}");
        assertThat(one).isNotEqualTo(two);
        assertThat(Seed.parse(one.hex().toUpperCase())).isEqualTo(one).hasSameHashCodeAs(one);
    }

    @Test
    void seedsAreCopiedInAndOut() {
        byte[] bytes = new byte[16];
        Seed seed = new Seed(bytes);
        bytes[0] = 1;
        seed.bytes()[1] = 1;
        assertThat(seed.hex()).isEqualTo("0".repeat(32));
    }

    @Test
    void aLongerListStartsWithTheShorterOne() {
        RandomizationScheme shortList = RandomizationScheme.blocks(Plans.arms(1, 1, 1), List.of(1, 2), 9);
        RandomizationScheme longList = RandomizationScheme.blocks(Plans.arms(1, 1, 1), List.of(1, 2), 60);
        List<ListEntry> shorter = AllocationList.generate(Plans.plan(shortList, 5)).entries();
        List<ListEntry> longer = AllocationList.generate(Plans.plan(longList, 5)).entries();
        assertThat(longer.subList(0, shorter.size())).isEqualTo(shorter);
    }

    @Test
    void addingASiteLeavesTheOtherSitesListsAlone() {
        // each stratum draws from its own stream, named by its key
        RandomizationScheme twoSites = RandomizationScheme.stratifiedBlocks(Plans.arms(1, 1), List.of(1, 2),
                List.of(Factor.sites("S1", "S2")), 20);
        RandomizationScheme threeSites = RandomizationScheme.stratifiedBlocks(Plans.arms(1, 1), List.of(1, 2),
                List.of(Factor.sites("S1", "S2", "S3")), 20);
        AllocationList before = AllocationList.generate(Plans.plan(twoSites, 9));
        AllocationList after = AllocationList.generate(Plans.plan(threeSites, 9));
        assertThat(after.entries("site=S1")).isEqualTo(before.entries("site=S1"));
        assertThat(after.entries("site=S2")).isEqualTo(before.entries("site=S2"));
    }

    @Test
    void methodsAreReadFromTheirTokensAndNames() {
        assertThat(RandomizationMethod.parse("simple")).isEqualTo(RandomizationMethod.SIMPLE);
        assertThat(RandomizationMethod.parse("blocks")).isEqualTo(RandomizationMethod.PERMUTED_BLOCKS);
        assertThat(RandomizationMethod.parse("stratified-blocks")).isEqualTo(RandomizationMethod.STRATIFIED_BLOCKS);
        assertThat(RandomizationMethod.parse(" Minimization ")).isEqualTo(RandomizationMethod.MINIMIZATION);
        assertThat(RandomizationMethod.parse("PERMUTED_BLOCKS")).isEqualTo(RandomizationMethod.PERMUTED_BLOCKS);
        assertThat(RandomizationMethod.STRATIFIED_BLOCKS.words()).isEqualTo("stratified permuted blocks");
    }

    private static List<String> arms(List<ListEntry> entries) {
        return entries.stream().map(ListEntry::armId).toList();
    }
}
