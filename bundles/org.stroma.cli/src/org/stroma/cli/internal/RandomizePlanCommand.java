package org.stroma.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.model.study.Study;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.randomization.study.StudySchemes;

/**
 * {@code stroma randomize-plan}: the statistician builds a scheme from the study's design,
 * judges it (and the schemes named by {@code --compare}) by simulation, and stores its list
 * sealed unless {@code --dry-run}. Only the unblinded statistician and the administrator may;
 * the security layer refuses everyone else.
 */
@Component(service = CliCommand.class)
public final class RandomizePlanCommand implements CliCommand {

    static final List<Integer> DEFAULT_BLOCKS = List.of(1, 2);
    static final int DEFAULT_TRIALS = 10_000;
    static final long DEFAULT_SIMULATION_SEED = 20260101L;

    private final StudyDatabases databases;

    @Activate
    public RandomizePlanCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "randomize-plan";
    }

    @Override
    public String summary() {
        return "simulate randomization schemes side by side and store a study's sealed allocation list";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --method simple|blocks|stratified-blocks|minimization"
                + " [--blocks 1,2] [--factor NAME[=LEVEL|...][:WEIGHT]]... [--probability 0.8] [--length N]"
                + " [--trials 10000] [--simulation-seed N] [--compare METHOD]... [--dry-run] [--reason TEXT]"
                + " [--format table|json]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --method METHOD    simple, blocks (permuted blocks), stratified-blocks, or
                                     minimization (Pocock-Simon); the arms and their ratio are
                                     the study's
                  --blocks 1,2       block sizes as multiples of the ratio sum, chosen at random
                                     block by block (default 1,2: blocks of 3 or 6 for 1:1:1)
                  --factor NAME      a stratification or minimization factor, repeatable: site
                                     (the study's site codes) or a subject attribute (sex,
                                     diagnosis, diseaseActive...); NAME:WEIGHT weighs it in
                                     minimization; NAME=LEVEL|LEVEL names the levels of a
                                     free-text attribute (subtype=limited|diffuse). Default: site.
                                     Simple and blocks use no factor: there the factors only
                                     describe the simulated subjects
                  --probability P    minimization's chance of the arm that minimizes imbalance
                                     (default 0.8; 1 is deterministic)
                  --length N         planned subjects (default: the study's planned enrolment);
                                     stratified blocks get a list of N in every stratum, so no
                                     stratum runs out; block lists end on whole blocks
                  --trials N         simulated trials (default 10000)
                  --simulation-seed N
                                     seed of the simulation, so diagnostics can be repeated
                                     (default 20260101); the list's own seed is fresh and secret
                  --compare METHOD   simulate another method beside it, repeatable or METHOD,METHOD
                  --dry-run          show the diagnostics, store nothing
                  --reason TEXT      reason for replacing a list nobody was allocated from yet
                  --format FORMAT    table (default) or json

                Each scheme is simulated on the same subjects, whose factor levels are drawn
                uniformly. Shown: the final imbalance between arms (largest minus smallest count
                over the ratio weight) overall, in the worst stratum and the worst factor level,
                with mean, median, 95th percentile and maximum, and the mean per stratum; and how
                often someone guessing the arm with the fewest allocations so far (the convergence
                strategy) is right, beside chance. Without --dry-run the list is generated from a
                fresh seed and stored sealed, and its id and description are printed: never its
                seed or entries. The statistician reads lists in the workbench; randomize reveals
                one subject's allocation at a time. Only the unblinded statistician and the
                administrator may run it, a dry run too.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "method", "blocks", "factor", "probability", "length", "trials",
                "simulation-seed", "compare", "reason", "format");
    }

    @Override
    public Set<String> repeatableOptions() {
        return Set.of("factor", "compare");
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("dry-run");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        List<RandomizationMethod> methods = methods(arguments);
        List<Integer> blocks = arguments.value("blocks").map(t -> RandomizationOptions.wholeNumbers("blocks", t))
                .orElse(DEFAULT_BLOCKS);
        if (arguments.value("blocks").isPresent() && methods.stream().noneMatch(RandomizationMethod::usesBlocks)) {
            throw new UsageException("--blocks is for blocks and stratified-blocks");
        }
        double probability = arguments.value("probability")
                .map(t -> RandomizationOptions.decimal("--probability", t))
                .orElse(RandomizationScheme.DEFAULT_PREFERRED_ARM_PROBABILITY);
        if (arguments.value("probability").isPresent() && !methods.contains(RandomizationMethod.MINIMIZATION)) {
            throw new UsageException("--probability is for minimization");
        }
        Optional<Integer> length = arguments.value("length")
                .map(t -> RandomizationOptions.whole("length", t, 1, 100_000));
        int trials = arguments.value("trials").map(t -> RandomizationOptions.whole("trials", t, 1, 1_000_000))
                .orElse(DEFAULT_TRIALS);
        long simulationSeed = arguments.value("simulation-seed").map(RandomizePlanCommand::seed)
                .orElse(DEFAULT_SIMULATION_SEED);
        List<RandomizationOptions.FactorOption> factorOptions = RandomizationOptions.factors(arguments);
        boolean json = RandomizationOptions.json(arguments, "table");
        boolean dryRun = arguments.flag("dry-run");
        String reason = arguments.value("reason").orElse("");

        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            StudyRandomization desk = new StudyRandomization(signedIn.studies());
            Study design = desk.design(studyId);
            if (design.getArms().size() < 2) {
                throw new CommandFailure("study " + studyId + " has " + design.getArms().size()
                        + " arm(s): there is nothing to randomize");
            }
            int planned = length.orElseGet(() -> plannedEnrolment(design));
            List<Factor> factors = factorOptions.stream().map(f -> f.in(design)).toList();
            List<RandomizationScheme> schemes = new ArrayList<>();
            for (RandomizationMethod method : methods) {
                schemes.add(scheme(method, design, blocks, factors, probability, planned));
            }
            SchemeComparison comparison = SchemeComparison.simulate(design, planned, trials, simulationSeed, factors,
                    schemes);
            if (!dryRun) {
                comparison = comparison.withStored(desk.plan(studyId, schemes.get(0), reason));
            }
            if (json) {
                io.out().print(comparison.json());
            } else {
                comparison.print(io.out());
            }
        }
        return 0;
    }

    /** {@code --method} first, then every {@code --compare}, each once. */
    private static List<RandomizationMethod> methods(CommandArguments arguments) {
        List<RandomizationMethod> methods = new ArrayList<>();
        methods.add(RandomizationOptions.method("method", arguments.required("method", "METHOD")));
        for (String value : arguments.values("compare")) {
            for (String token : value.split(",")) {
                RandomizationMethod method = RandomizationOptions.method("compare", token);
                if (methods.contains(method)) {
                    throw new UsageException(method.token() + " is named twice by --method and --compare");
                }
                methods.add(method);
            }
        }
        return List.copyOf(methods);
    }

    /** The scheme of one method: factors only where the method uses them. */
    static RandomizationScheme scheme(RandomizationMethod method, Study design, List<Integer> blocks,
            List<Factor> factors, double probability, int planned) {
        try {
            return switch (method) {
                case SIMPLE -> RandomizationScheme.simple(StudySchemes.arms(design), planned);
                case PERMUTED_BLOCKS -> RandomizationScheme.blocks(StudySchemes.arms(design), blocks, planned);
                case STRATIFIED_BLOCKS -> RandomizationScheme.stratifiedBlocks(StudySchemes.arms(design), blocks,
                        factors, planned);
                case MINIMIZATION -> RandomizationScheme.minimization(StudySchemes.arms(design), factors, probability,
                        planned);
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException(method.token() + ": " + e.getMessage());
        }
    }

    private static int plannedEnrolment(Study design) {
        if (design.getTargetEnrollment() < 1) {
            throw new UsageException("study " + design.getId() + " has no planned enrolment: give --length N");
        }
        return design.getTargetEnrollment();
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--simulation-seed must be a whole number, not '" + text + "'");
        }
    }
}
