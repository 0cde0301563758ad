package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.SchemeSimulation;
import org.stroma.randomization.Seed;
import org.stroma.randomization.SimulatedPopulation;

/** Nonsense is refused with a message that names the field. */
class RefusalsTest {

    private static final List<ArmRatio> AB = Plans.arms(1, 1);
    private static final Factor SEX = Factor.of("sex", "F", "M");

    private static RandomizationScheme scheme(RandomizationMethod method, List<ArmRatio> arms, List<Integer> multiples,
            List<Factor> factors, double p, int length) {
        return new RandomizationScheme(method, arms, multiples, factors, p, length);
    }

    @Test
    void methods() {
        assertThatThrownBy(() -> RandomizationMethod.parse("random"))
                .hasMessage("randomization method 'random' is not one of simple, blocks, stratified-blocks, minimization");
    }

    @Test
    void armsAndFactors() {
        assertThatThrownBy(() -> new ArmRatio("A", 0)).hasMessage("arm weight of 'A' must be 1 or more, was 0");
        assertThatThrownBy(() -> new ArmRatio(" ", 1)).hasMessage("arm id must not be empty");
        assertThatThrownBy(() -> new ArmRatio("A,B", 1))
                .hasMessage("arm id 'A,B' must not contain any of , : | ; = or line breaks");
        assertThatThrownBy(() -> new ArmRatio(" A", 1)).hasMessage("arm id ' A' must not start or end with a space");
        assertThatThrownBy(() -> Factor.of("site", "S1", "S1")).hasMessage("duplicate level of factor 'site' 'S1'");
        assertThatThrownBy(() -> Factor.of("site")).hasMessage("factor 'site' needs at least one level");
        assertThatThrownBy(() -> new Factor("sex", List.of("F", "M"), 0))
                .hasMessage("weight of factor 'sex' must be a number above 0, was 0.0");
        assertThatThrownBy(() -> new Factor("sex", List.of("F", "M"), Double.NaN))
                .hasMessage("weight of factor 'sex' must be a number above 0, was NaN");
    }

    @Test
    void schemes() {
        RandomizationMethod blocks = RandomizationMethod.PERMUTED_BLOCKS;
        assertThatThrownBy(() -> scheme(blocks, Plans.arms(1), List.of(1), List.of(), 0.8, 10))
                .hasMessage("at least two arms are needed, got 1");
        assertThatThrownBy(() -> scheme(blocks, List.of(ArmRatio.of("A"), ArmRatio.of("A")), List.of(1), List.of(), 0.8, 10))
                .hasMessage("duplicate arm id 'A'");
        assertThatThrownBy(() -> scheme(blocks, AB, List.of(1, 0), List.of(), 0.8, 10))
                .hasMessage("block multiples must be whole numbers of 1 or more, got [1, 0]");
        assertThatThrownBy(() -> scheme(blocks, AB, List.of(2, 2), List.of(), 0.8, 10))
                .hasMessage("duplicate block multiple '2'");
        assertThatThrownBy(() -> scheme(blocks, AB, List.of(), List.of(), 0.8, 10))
                .hasMessage("block multiples are needed for permuted blocks");
        assertThatThrownBy(() -> scheme(blocks, AB, List.of(1), List.of(SEX), 0.8, 10))
                .hasMessage("factors are not used by permuted blocks; use stratified-blocks or minimization");
        assertThatThrownBy(() -> scheme(RandomizationMethod.SIMPLE, AB, List.of(), List.of(SEX), 0.8, 10))
                .hasMessage("factors are not used by simple randomization; use stratified-blocks or minimization");
        assertThatThrownBy(() -> scheme(RandomizationMethod.STRATIFIED_BLOCKS, AB, List.of(1), List.of(), 0.8, 10))
                .hasMessage("factors are needed for stratified permuted blocks");
        assertThatThrownBy(() -> scheme(RandomizationMethod.MINIMIZATION, AB, List.of(), List.of(SEX, SEX), 0.8, 10))
                .hasMessage("duplicate factor name 'sex'");
        assertThatThrownBy(() -> RandomizationScheme.minimization(AB, List.of(SEX), 0.5, 10))
                .hasMessage("preferred arm probability must be above 1/2 and at most 1, was 0.5");
        assertThatThrownBy(() -> RandomizationScheme.minimization(Plans.arms(1, 1, 1), List.of(SEX), 1.2, 10))
                .hasMessage("preferred arm probability must be above 1/3 and at most 1, was 1.2");
        assertThatThrownBy(() -> RandomizationScheme.simple(AB, 0)).hasMessage("list length must be 1 or more, was 0");
        assertThatThrownBy(() -> scheme(null, AB, List.of(), List.of(), 0.8, 10))
                .hasMessage("randomization method is missing");
    }

    @Test
    void seeds() {
        assertThatThrownBy(() -> new Seed(new byte[15])).hasMessage("seed must be 16 bytes, was 15 bytes");
        assertThatThrownBy(() -> Seed.parse("00112233")).hasMessage("seed must be 32 hex digits, was '00112233'");
        assertThatThrownBy(() -> Seed.parse("zz112233445566778899aabbccddeeff"))
                .hasMessage("seed must be 32 hex digits, was 'zz112233445566778899aabbccddeeff'");
    }

    @Test
    void listsAndPlans() {
        RandomizationScheme minimization = RandomizationScheme.minimization(AB, List.of(SEX), 0.8, 10);
        assertThatThrownBy(() -> AllocationList.generate(Plans.plan(minimization, 1)))
                .hasMessage("minimization has no allocation list; each subject is allocated when enrolled"
                        + " (MinimizationRandomizer)");
        RandomizationScheme simple = RandomizationScheme.simple(AB, 10);
        assertThatThrownBy(() -> AllocationList.generate(new RandomizationPlan(simple, Plans.seed(1), 2)))
                .hasMessage("the plan was made with algorithm version 2 but this is version 1; it cannot be regenerated here");
        assertThatThrownBy(() -> new RandomizationPlan(simple, null, 1)).hasMessage("seed is missing");
        assertThatThrownBy(() -> AllocationList.generate(Plans.plan(simple, 1)).entries("site=S1"))
                .hasMessage("the list has no stratum 'site=S1'");
    }

    @Test
    void planText() {
        String good = Plans.plan(RandomizationScheme.stratifiedBlocks(AB, List.of(1, 2), List.of(SEX), 8), 1).toText();
        // line 2 of the good text is method=stratified-blocks
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("method=stratified-blocks", "method")))
                .hasMessage("plan text line 2 'method': expected key=value");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("method=stratified-blocks", "method=random")))
                .hasMessage("plan text line 2 'method=random': randomization method 'random' is not one of simple,"
                        + " blocks, stratified-blocks, minimization");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good + "colour=blue\n"))
                .hasMessage("plan text line 9 'colour=blue': unknown key 'colour'");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good + "list.length=9\n"))
                .hasMessage("plan text line 9 'list.length=9': 'list.length' is given twice");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("list.length=8", "list.length=eight")))
                .hasMessage("plan text line 8 'list.length=eight': For input string: \"eight\"");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("arms=A:1,B:1\n", "")))
                .hasMessage("plan text has no 'arms' line");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("arms=A:1,B:1", "arms=A:1,B")))
                .hasMessage("plan text line 4 'arms=A:1,B': arm 'B' should be id:weight");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("factor.1=sex:F|M;weight=1.0", "factor.1=sex")))
                .hasMessage("plan text line 6 'factor.1=sex': factor should be name:level|level;weight=w");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("factor.1=", "factor.2=")))
                .hasMessage("factor lines must be numbered 1, 2, 3 ... without gaps");
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("seed=", "seed=ab")))
                .hasMessageStartingWith("plan text line 3 'seed=ab").hasMessageContaining("seed must be 32 hex digits");
        // each line reads, but the scheme does not hold together
        assertThatThrownBy(() -> RandomizationPlan.fromText(good.replace("arms=A:1,B:1", "arms=A:1")))
                .hasMessage("plan text: at least two arms are needed, got 1");
    }

    @Test
    void simulations() {
        RandomizationScheme minimization = RandomizationScheme.minimization(AB, List.of(SEX), 0.8, 10);
        assertThatThrownBy(() -> SchemeSimulation.simulate(minimization, 10, 10, 1L, Map.of("sex", List.of(0.5, 0.6))))
                .hasMessage("level proportions of 'sex' must sum to 1, sum to 1.1");
        assertThatThrownBy(() -> SchemeSimulation.simulate(minimization, 10, 10, 1L, Map.of("sex", List.of(1.0))))
                .hasMessage("factor 'sex' has 2 levels but 1 level proportions");
        assertThatThrownBy(() -> SchemeSimulation.simulate(minimization, 10, 10, 1L, Map.of("age", List.of(1.0))))
                .hasMessage("level proportions given for 'age', which is not a factor");
        assertThatThrownBy(() -> SchemeSimulation.simulate(minimization, new SimulatedPopulation(List.of(), null), 10, 10,
                1L)).hasMessage("factor 'sex' of the scheme is not in the simulated population with the same levels");
        assertThatThrownBy(() -> SchemeSimulation.simulate(minimization, 0, 10, 1L, null))
                .hasMessage("planned subjects and trials must be 1 or more, were 0 and 10");
    }
}
