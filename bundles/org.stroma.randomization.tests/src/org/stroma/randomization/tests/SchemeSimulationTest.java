package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.stroma.randomization.Factor;
import org.stroma.randomization.ImbalanceDistribution;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.SchemeDiagnostics;
import org.stroma.randomization.SchemeSimulation;
import org.stroma.randomization.SimulatedPopulation;

/** Simulated diagnostics: values that follow from the design, and minimization against simple randomization. */
class SchemeSimulationTest {

    private static final Factor SITE = Factor.sites("S1", "S2", "S3", "S4");
    private static final Factor SEX = Factor.of("sex", "F", "M");

    @Test
    void blocksOfFourEndTwentySubjectTrialsExactlyBalanced() {
        // 1:1, multiple 2 of ratio sum 2: blocks of 4 only; 20 subjects are 5 whole blocks
        SchemeDiagnostics diagnostics = SchemeSimulation.simulate(
                RandomizationScheme.blocks(Plans.arms(1, 1), List.of(2), 20), 20, 1_000, 1L, null);
        assertThat(diagnostics.trials()).isEqualTo(1_000);
        assertThat(diagnostics.plannedSubjects()).isEqualTo(20);
        assertThat(diagnostics.overall().max()).isZero();
        assertThat(diagnostics.overall().mean()).isZero();
        assertThat(diagnostics.overall().shares()).containsExactly(Map.entry(0.0, 1.0));
        assertThat(diagnostics.worstStratum().max()).isZero();
        assertThat(diagnostics.meanImbalanceByStratum()).containsExactly(Map.entry("all", 0.0));
    }

    @Test
    void theImbalanceDistributionOfTwoSubjectsInBlocksOfTwoOrFour() {
        // 1:1 with blocks of 2 or 4, two subjects. A block of 2 (probability 1/2) leaves them
        // balanced; a block of 4 is one of the 6 orders of AABB, and its first two are the same
        // arm in 2 of them (AABB, BBAA), giving imbalance 2. So P(2) = 1/2 x 2/6 = 1/6 and
        // P(0) = 5/6: median 0, 95th percentile 2, max 2, mean 2 x 1/6 = 1/3.
        SchemeDiagnostics diagnostics = SchemeSimulation.simulate(
                RandomizationScheme.blocks(Plans.arms(1, 1), List.of(1, 2), 2), 2, 6_000, 11L, null);
        ImbalanceDistribution overall = diagnostics.overall();
        assertThat(overall.shares()).containsOnlyKeys(0.0, 2.0);
        assertThat(overall.median()).isZero();
        assertThat(overall.percentile95()).isEqualTo(2.0);
        assertThat(overall.max()).isEqualTo(2.0);
        // share of imbalance 2 over 6,000 trials: SD sqrt(1/6 x 5/6 / 6,000) = 0.0048; allow 4 SD
        assertThat(overall.shares().get(2.0)).isCloseTo(1.0 / 6, within(0.02));
        assertThat(overall.mean()).isCloseTo(2 * overall.shares().get(2.0), within(1e-12));
    }

    @Test
    void blocksOfTwoAreGuessedRightThreeTimesInFour() {
        // 1:1 in blocks of 2: the first allocation of a block follows a tie (expected score 1/2),
        // the second is forced (score 1); ties are scored by their expectation, so every trial of
        // 20 subjects (10 whole blocks) scores exactly (1/2 + 1) / 2 = 0.75, without sampling error
        SchemeDiagnostics diagnostics = SchemeSimulation.simulate(
                RandomizationScheme.blocks(Plans.arms(1, 1), List.of(1), 20), 20, 500, 2L, null);
        assertThat(diagnostics.correctGuessProbability()).isCloseTo(0.75, within(1e-12));
        assertThat(diagnostics.chanceGuessProbability()).isEqualTo(0.5);
    }

    @Test
    void simpleRandomizationIsGuessedRightHalfTheTime() {
        // each simple allocation is independent of the past, so each guess is right with
        // probability 1/2 whatever the history; the score per allocation has variance at most
        // 1/4, so over 2,000 trials x 20 = 40,000 guesses the mean has standard deviation at most
        // sqrt(0.25 / 40,000) = 0.0025; allow 4 SD = 0.01
        SchemeDiagnostics diagnostics = SchemeSimulation.simulate(
                RandomizationScheme.simple(Plans.arms(1, 1), 20), 20, 2_000, 3L, null);
        assertThat(diagnostics.correctGuessProbability()).isCloseTo(0.5, within(0.01));
    }

    @Test
    void chanceIsTheLargestArmsShare() {
        SchemeDiagnostics diagnostics = SchemeSimulation.simulate(
                RandomizationScheme.simple(Plans.arms(2, 1), 9), 9, 10, 4L, null);
        // 2:1: always guessing A is right 2/3 of the time
        assertThat(diagnostics.chanceGuessProbability()).isCloseTo(2.0 / 3, within(1e-15));
    }

    @Test
    void stratifiedBlocksOfTwoLeaveAtMostOneSubjectOfImbalanceInAnyStratum() {
        // every stratum list is in blocks of 2, so a stratum ends at most one subject into a block
        SchemeDiagnostics diagnostics = SchemeSimulation.simulate(
                RandomizationScheme.stratifiedBlocks(Plans.arms(1, 1), List.of(1), List.of(SITE, SEX), 4), 40, 500, 5L,
                Map.of("site", List.of(0.4, 0.3, 0.2, 0.1)));
        assertThat(diagnostics.worstStratum().max()).isLessThanOrEqualTo(1.0);
        assertThat(diagnostics.meanImbalanceByStratum()).hasSize(8).containsKey("site=S4|sex=M");
        // and overall at most one per stratum: 8 strata
        assertThat(diagnostics.overall().max()).isLessThanOrEqualTo(8.0);
        assertThat(diagnostics.meanImbalanceByFactorLevel()).containsOnlyKeys("site=S1", "site=S2", "site=S3",
                "site=S4", "sex=F", "sex=M");
    }

    @Test
    void minimizationBalancesBetterThanSimpleRandomizationOnTheSameSubjects() {
        SimulatedPopulation population = new SimulatedPopulation(List.of(SITE, SEX),
                Map.of("site", List.of(0.4, 0.3, 0.2, 0.1), "sex", List.of(0.6, 0.4)));
        SchemeDiagnostics simple = SchemeSimulation.simulate(RandomizationScheme.simple(Plans.arms(1, 1), 60),
                population, 60, 400, 6L);
        SchemeDiagnostics minimization = SchemeSimulation.simulate(
                RandomizationScheme.minimization(Plans.arms(1, 1), List.of(SITE, SEX), 0.8, 60), population, 60, 400, 6L);
        // simple 1:1 over 60 subjects: E|nA - nB| is about sqrt(2 x 60 / pi) = 6.2; minimization
        // keeps it near 1, so a margin of a factor of two is wide
        assertThat(minimization.overall().mean()).isLessThan(simple.overall().mean() / 2);
        assertThat(minimization.worstFactorLevel().mean()).isLessThan(simple.worstFactorLevel().mean() / 2);
        assertThat(minimization.overall().percentile95()).isLessThan(simple.overall().percentile95());
    }

    @Test
    void blocksAgainstMinimizationSideBySideForThreeArmsAndEighteenSubjects() {
        SimulatedPopulation population = new SimulatedPopulation(List.of(Factor.sites("S1", "S2"), SEX), null);
        RandomizationScheme blocks = RandomizationScheme.blocks(Plans.arms(1, 1, 1), List.of(1, 2), 18);
        RandomizationScheme minimization = RandomizationScheme.minimization(Plans.arms(1, 1, 1),
                List.of(Factor.sites("S1", "S2"), SEX), 0.8, 18);
        List<SchemeDiagnostics> both = List.of(SchemeSimulation.simulate(blocks, population, 18, 2_000, 7L),
                SchemeSimulation.simulate(minimization, population, 18, 2_000, 7L));
        String table = SchemeDiagnostics.sideBySide(both);
        assertThat(table).startsWith("[1] permuted blocks A:B:C 1:1:1, blocks of 3 or 6\n"
                + "[2] minimization A:B:C 1:1:1, p=0.80, on site, sex\n");
        assertThat(table.lines().filter(l -> l.startsWith("overall imbalance: mean"))).hasSize(1);
        assertThat(table).contains("worst stratum imbalance: 95th percentile", "worst factor level imbalance: max",
                "correct guess probability", "chance guess probability");
        // chance for three equal arms is 1/3, printed to three decimals in both columns
        assertThat(table.lines().filter(l -> l.startsWith("chance guess probability")).findFirst().orElseThrow()
                .split(" +")).containsExactly("chance", "guess", "probability", "0.333", "0.333");
        assertThat(both.get(0).describe()).contains("2000 simulated trials of 18 subjects",
                "mean imbalance in site=S2|sex=M", "mean imbalance at sex=F", "(chance 0.333)");
    }

    @Test
    void theListLengthIsThePlannedTrialSizeExceptForStratifiedBlocks() {
        RandomizationScheme minimization = RandomizationScheme.minimization(Plans.arms(1, 1), List.of(SEX), 0.8, 24);
        assertThat(SchemeSimulation.simulate(minimization, 50, 10L, null))
                .isEqualTo(SchemeSimulation.simulate(minimization, 24, 50, 10L, null));
        assertThatThrownBy(() -> SchemeSimulation.simulate(RandomizationScheme.stratifiedBlocks(Plans.arms(1, 1),
                List.of(1), List.of(SEX), 4), 50, 10L, null)).hasMessage("the list length of stratified blocks is per"
                        + " stratum; give the planned number of subjects to simulate");
    }

    @Test
    void theSameSimulationSeedGivesTheSameDiagnostics() {
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(2, 1), List.of(SITE), 0.9, 30);
        assertThat(SchemeSimulation.simulate(scheme, 30, 200, 8L, null))
                .isEqualTo(SchemeSimulation.simulate(scheme, 30, 200, 8L, Map.of()));
    }

    @Test
    void aLongSimulationReportsProgressAndCanBeCancelled() {
        RandomizationScheme scheme = RandomizationScheme.simple(Plans.arms(1, 1), 10);
        SimulatedPopulation population = SimulatedPopulation.of(scheme, null);
        List<Integer> reported = new ArrayList<>();
        SchemeSimulation.simulate(scheme, population, 10, 5, 9L, done -> reported.add(done));
        assertThat(reported).containsExactly(1, 2, 3, 4, 5);
        assertThatThrownBy(() -> SchemeSimulation.simulate(scheme, population, 10, 5, 9L, done -> done < 3))
                .isInstanceOf(CancellationException.class).hasMessage("simulation cancelled after 3 of 5 trials");
    }
}
