package org.stroma.randomization;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.IntPredicate;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Simulates a scheme over many trials of the planned size before its list goes live, to show
 * how unbalanced the arms can end up (overall, within strata, within factor levels) and how
 * predictable the next allocation is.
 *
 * <p>Each trial has its own seed and {@code plannedSubjects} subjects whose factor levels are
 * drawn from the population; list methods give each subject the next entry of the subject's
 * stratum list (lists run on past their planned length if a stratum fills up), minimization
 * decides subject by subject exactly as {@link MinimizationRandomizer} does.
 *
 * <p>Predictability follows the convergence strategy (Blackwell and Hodges 1957): before each
 * allocation the guesser names the arm with the fewest allocations so far relative to its
 * weight, within the subject's stratum for stratified blocks and overall otherwise (for
 * permuted blocks the single list). A tie among k arms scores 1/k when the allocated arm is
 * one of them, the expected score of guessing at random among them.
 *
 * <p>Reproducible: the simulation seed (as 8 big-endian bytes followed by 8 zero bytes) gives
 * the streams {@code simulation:trials}, whose successive pairs of {@code nextLong()} make the
 * trial seeds, and {@code simulation:subjects}, from which subjects' levels are drawn. Neither
 * depends on the scheme, so schemes simulated with the same seed and population see the same
 * subjects in the same order.
 *
 * @since 0.1
 */
public final class SchemeSimulation {

    private final RandomizationScheme scheme;
    private final SimulatedPopulation population;
    private final int plannedSubjects;
    private final int[] schemeFactorInPopulation;
    private final List<Stratum> populationStrata;
    private final List<String> levelKeys;
    private final DiagnosticsTally tally;

    private SchemeSimulation(RandomizationScheme scheme, SimulatedPopulation population, int plannedSubjects, int trials) {
        if (plannedSubjects < 1 || trials < 1) {
            throw new IllegalArgumentException("planned subjects and trials must be 1 or more, were " + plannedSubjects
                    + " and " + trials);
        }
        this.scheme = scheme;
        this.population = population;
        this.plannedSubjects = plannedSubjects;
        schemeFactorInPopulation = new int[scheme.factors().size()];
        for (int f = 0; f < schemeFactorInPopulation.length; f++) {
            Factor factor = scheme.factors().get(f);
            schemeFactorInPopulation[f] = population.factors().indexOf(population.factors().stream()
                    .filter(p -> p.name().equals(factor.name()) && p.levels().equals(factor.levels()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("factor '" + factor.name()
                            + "' of the scheme is not in the simulated population with the same levels")));
        }
        populationStrata = Stratum.crossProduct(population.factors());
        levelKeys = population.factors().isEmpty() ? List.of(Stratum.ALL_KEY)
                : population.factors().stream().flatMap(f -> f.levels().stream().map(l -> f.name() + "=" + l)).toList();
        tally = new DiagnosticsTally(scheme, plannedSubjects, populationStrata.size(), levelKeys.size());
    }

    /**
     * Simulates trials of the scheme's list length on subjects described by its own factors:
     * for simple randomization, permuted blocks and minimization the list length is the
     * planned number of subjects.
     *
     * @throws IllegalArgumentException for stratified blocks, whose list length is per stratum;
     *                                  give the planned number of subjects instead
     */
    public static SchemeDiagnostics simulate(RandomizationScheme scheme, int trials, long simulationSeed,
            Map<String, List<Double>> levelProportions) {
        if (scheme.method() == RandomizationMethod.STRATIFIED_BLOCKS) {
            throw new IllegalArgumentException("the list length of stratified blocks is per stratum;"
                    + " give the planned number of subjects to simulate");
        }
        return simulate(scheme, scheme.listLength(), trials, simulationSeed, levelProportions);
    }

    /**
     * Simulates the scheme on subjects described by its own factors.
     *
     * @param levelProportions per factor, the probabilities of its levels; null or empty for
     *                         uniform levels
     */
    public static SchemeDiagnostics simulate(RandomizationScheme scheme, int plannedSubjects, int trials,
            long simulationSeed, Map<String, List<Double>> levelProportions) {
        return simulate(scheme, SimulatedPopulation.of(scheme, levelProportions), plannedSubjects, trials,
                simulationSeed);
    }

    /**
     * Simulates the scheme on a given population, whose factors must include the scheme's; use
     * the same population and seed for schemes compared side by side.
     */
    public static SchemeDiagnostics simulate(RandomizationScheme scheme, SimulatedPopulation population,
            int plannedSubjects, int trials, long simulationSeed) {
        return simulate(scheme, population, plannedSubjects, trials, simulationSeed, done -> true);
    }

    /**
     * Simulates as above, reporting progress for a long run (a UI job's progress monitor).
     *
     * @param keepGoing told the number of trials done after each trial; returning false cancels
     * @throws CancellationException when {@code keepGoing} cancels the simulation
     */
    public static SchemeDiagnostics simulate(RandomizationScheme scheme, SimulatedPopulation population,
            int plannedSubjects, int trials, long simulationSeed, IntPredicate keepGoing) {
        SchemeSimulation simulation = new SchemeSimulation(scheme, population, plannedSubjects, trials);
        Seed seed = new Seed(ByteBuffer.allocate(Seed.LENGTH).putLong(simulationSeed).array());
        UniformRandomProvider trialSeeds = AllocationRandom.stream(seed, "simulation:trials");
        UniformRandomProvider subjects = AllocationRandom.stream(seed, "simulation:subjects");
        for (int t = 0; t < trials; t++) {
            byte[] bytes = ByteBuffer.allocate(Seed.LENGTH).putLong(trialSeeds.nextLong()).putLong(trialSeeds.nextLong())
                    .array();
            simulation.runTrial(RandomizationPlan.of(scheme, new Seed(bytes)), subjects);
            if (!keepGoing.test(t + 1)) {
                throw new CancellationException("simulation cancelled after " + (t + 1) + " of " + trials + " trials");
            }
        }
        Map<String, Integer> strata = new LinkedHashMap<>();
        for (int s = 0; s < simulation.populationStrata.size(); s++) {
            strata.put(simulation.populationStrata.get(s).key(), s);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int l = 0; l < simulation.levelKeys.size(); l++) {
            levels.put(simulation.levelKeys.get(l), l);
        }
        return simulation.tally.diagnostics(strata, levels);
    }

    private void runTrial(RandomizationPlan plan, UniformRandomProvider subjects) {
        List<Stratum> schemeStrata = scheme.strata();
        AllocationSequence[] sequences = new AllocationSequence[schemeStrata.size()];
        MinimizationTally minimization = scheme.method() == RandomizationMethod.MINIMIZATION
                ? new MinimizationTally(scheme) : null;
        List<String> armIds = scheme.armIds();
        tally.startTrial();
        for (int i = 0; i < plannedSubjects; i++) {
            int[] levels = population.draw(subjects);
            int[] schemeLevels = new int[schemeFactorInPopulation.length];
            for (int f = 0; f < schemeLevels.length; f++) {
                schemeLevels[f] = levels[schemeFactorInPopulation[f]];
            }
            int listIndex = scheme.method() == RandomizationMethod.STRATIFIED_BLOCKS ? index(scheme.factors(), schemeLevels) : 0;
            String armId;
            if (minimization != null) {
                armId = MinimizationRandomizer.decide(plan, minimization, schemeLevels).armId();
                minimization.add(schemeLevels, armIds.indexOf(armId));
            } else {
                if (sequences[listIndex] == null) {
                    sequences[listIndex] = AllocationSequence.of(plan, schemeStrata.get(listIndex));
                }
                armId = sequences[listIndex].next().armId();
            }
            tally.allocate(armIds.indexOf(armId), listIndex, index(population.factors(), levels), levelIndexes(levels));
        }
        tally.endTrial();
    }

    /** @return the position of a level combination in the cross product (first factor slowest) */
    private static int index(List<Factor> factors, int[] levels) {
        int index = 0;
        for (int f = 0; f < levels.length; f++) {
            index = index * factors.get(f).levels().size() + levels[f];
        }
        return index;
    }

    /** @return for each population factor, the subject's position in the flattened list of levels */
    private int[] levelIndexes(int[] levels) {
        if (levels.length == 0) {
            return new int[] {0};
        }
        int[] flat = new int[levels.length];
        int offset = 0;
        for (int f = 0; f < levels.length; f++) {
            flat[f] = offset + levels[f];
            offset += population.factors().get(f).levels().size();
        }
        return flat;
    }
}
