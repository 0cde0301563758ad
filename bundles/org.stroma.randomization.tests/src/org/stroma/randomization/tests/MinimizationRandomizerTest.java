package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stroma.randomization.Allocation;
import org.stroma.randomization.Factor;
import org.stroma.randomization.MinimizationDecision;
import org.stroma.randomization.MinimizationRandomizer;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;

/** Pocock-Simon minimization worked by hand, its guarantees, and replay. */
class MinimizationRandomizerTest {

    private static final Factor SEX = Factor.of("sex", "F", "M");

    private static MinimizationRandomizer randomizer(RandomizationScheme scheme, long seed) {
        return new MinimizationRandomizer(Plans.plan(scheme, seed));
    }

    @Test
    void oneFactorWorkedByHand() {
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(1, 1), List.of(SEX), 0.8, 40);
        List<Allocation> previous = List.of(
                new Allocation(Map.of("sex", "F"), "A"),
                new Allocation(Map.of("sex", "F"), "A"),
                new Allocation(Map.of("sex", "F"), "B"),
                new Allocation(Map.of("sex", "M"), "B"),
                new Allocation(Map.of("sex", "M"), "A"));
        MinimizationDecision decision = randomizer(scheme, 7).allocate(previous, Map.of("sex", "F"));
        // females so far: A 2, B 1.
        // to A: A 3, B 1 -> range 3 - 1 = 2, times factor weight 1 = 2
        // to B: A 2, B 2 -> range 0
        assertThat(decision.imbalanceByArm()).containsExactly(Map.entry("A", 2.0), Map.entry("B", 0.0));
        assertThat(decision.preferredArms()).containsExactly("B");
        assertThat(decision.allocationNumber()).isEqualTo(6);
        assertThat(decision.preferredChosen()).isEqualTo(decision.armId().equals("B"));
    }

    @Test
    void twoWeightedFactorsAndATwoToOneRatioWorkedByHand() {
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(2, 1),
                List.of(new Factor("site", List.of("S1", "S2"), 2.0), SEX), 0.8, 40);
        List<Allocation> previous = List.of(
                new Allocation(Map.of("site", "S1", "sex", "F"), "A"),
                new Allocation(Map.of("site", "S1", "sex", "M"), "A"),
                new Allocation(Map.of("site", "S1", "sex", "F"), "B"),
                new Allocation(Map.of("site", "S2", "sex", "F"), "A"));
        MinimizationDecision decision = randomizer(scheme, 7).allocate(previous, Map.of("site", "S1", "sex", "F"));
        // counts are divided by the arm weights (A 2, B 1).
        // site S1 so far A 2, B 1; sex F so far A 2, B 1.
        // to A: S1 A 3/2 = 1.5, B 1/1 = 1 -> range 0.5 x weight 2 = 1.0
        //       F  A 3/2 = 1.5, B 1   -> range 0.5 x weight 1 = 0.5; total 1.5
        // to B: S1 A 2/2 = 1, B 2/1 = 2 -> range 1 x 2 = 2.0
        //       F  A 1, B 2             -> range 1 x 1 = 1.0; total 3.0
        assertThat(decision.imbalanceByArm()).containsExactly(Map.entry("A", 1.5), Map.entry("B", 3.0));
        assertThat(decision.preferredArms()).containsExactly("A");
        assertThat(decision.allocationNumber()).isEqualTo(5);
    }

    @Test
    void theFirstSubjectHasAllArmsPreferred() {
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(2, 1), List.of(SEX), 0.8, 40);
        MinimizationDecision first = randomizer(scheme, 3).allocate(List.of(), Map.of("sex", "M"));
        assertThat(first.allocationNumber()).isEqualTo(1);
        assertThat(first.preferredArms()).containsExactly("A", "B");
        assertThat(first.preferredChosen()).isTrue();
    }

    @Test
    void deterministicMinimizationKeepsEveryLevelOfOneBinaryFactorWithinOne() {
        // p = 1: the arm behind at the subject's level is always taken, and a tie at the level is
        // a tie of both arms; so after each subject the two arms differ by at most 1 at each level.
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(1, 1), List.of(SEX), 1.0, 120);
        for (long seed = 1; seed <= 3; seed++) {
            MinimizationRandomizer randomizer = randomizer(scheme, seed);
            Random subjects = new Random(seed);
            List<Allocation> previous = new ArrayList<>();
            int[][] counts = new int[2][2];
            for (int i = 0; i < 120; i++) {
                int sex = subjects.nextInt(4) == 0 ? 1 : 0; // unequal sexes: 3/4 F
                Map<String, String> levels = Map.of("sex", SEX.levels().get(sex));
                MinimizationDecision decision = randomizer.allocate(previous, levels);
                assertThat(decision.preferredChosen()).isTrue();
                previous.add(new Allocation(levels, decision.armId()));
                counts[sex][decision.armId().equals("A") ? 0 : 1]++;
                assertThat(Math.abs(counts[0][0] - counts[0][1])).isLessThanOrEqualTo(1);
                assertThat(Math.abs(counts[1][0] - counts[1][1])).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void replayingTheSameSubjectsReproducesEveryDecision() {
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(1, 1, 1),
                List.of(Factor.sites("S1", "S2", "S3"), SEX), 0.8, 30);
        RandomizationPlan plan = Plans.plan(scheme, 11);
        List<Map<String, String>> subjects = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 30; i++) {
            subjects.add(Map.of("site", "S" + (1 + random.nextInt(3)), "sex", random.nextBoolean() ? "F" : "M"));
        }
        List<MinimizationDecision> first = run(new MinimizationRandomizer(plan), subjects);
        List<MinimizationDecision> replay = run(new MinimizationRandomizer(RandomizationPlan.fromText(plan.toText())),
                subjects);
        assertThat(replay).isEqualTo(first);
        // another seed decides differently somewhere along the way
        assertThat(run(new MinimizationRandomizer(Plans.plan(scheme, 12)), subjects)).isNotEqualTo(first);
    }

    private static List<MinimizationDecision> run(MinimizationRandomizer randomizer, List<Map<String, String>> subjects) {
        List<Allocation> previous = new ArrayList<>();
        List<MinimizationDecision> decisions = new ArrayList<>();
        for (Map<String, String> levels : subjects) {
            MinimizationDecision decision = randomizer.allocate(previous, levels);
            decisions.add(decision);
            previous.add(new Allocation(levels, decision.armId()));
        }
        return decisions;
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        RandomizationScheme scheme = RandomizationScheme.minimization(Plans.arms(1, 1), List.of(SEX), 0.8, 40);
        MinimizationRandomizer randomizer = randomizer(scheme, 1);
        assertThatThrownBy(() -> randomizer.allocate(List.of(), Map.of("sex", "X")))
                .hasMessage("'X' is not a level of factor 'sex'; levels are F, M");
        assertThatThrownBy(() -> randomizer.allocate(List.of(), Map.of("site", "S1")))
                .hasMessage("level of factor 'sex' is missing");
        assertThatThrownBy(() -> randomizer.allocate(List.of(new Allocation(Map.of("sex", "F"), "Z")), Map.of("sex", "F")))
                .hasMessage("'Z' is not an arm of the scheme; arms are A, B");
        assertThatThrownBy(() -> new MinimizationRandomizer(Plans.plan(
                RandomizationScheme.blocks(Plans.arms(1, 1), List.of(1), 10), 1)))
                .hasMessage("the plan's method is permuted blocks, not minimization");
    }
}
