package org.stroma.randomization;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a randomization does, without its seed: method, arms with their ratio, block sizes,
 * factors, the minimization's random element and the list length.
 *
 * @param method                  how subjects are allocated
 * @param arms                    two or more arms with their ratio weights, in the order lists
 *                                fill blocks (part of the algorithm, see the package comment)
 * @param blockMultiples          block sizes as multiples of the ratio sum: [1, 2] with 1:1:1
 *                                gives blocks of 3 and 6, chosen uniformly block by block; no
 *                                repeats; required by the block methods, ignored (may be empty)
 *                                by simple randomization and minimization
 * @param factors                 stratified blocks: the strata are the cross product of these
 *                                factors' levels; minimization: the factors and their weights;
 *                                simple randomization and permuted blocks take none
 * @param preferredArmProbability minimization's chance of taking the arm that minimizes
 *                                imbalance, above 1/arms and at most 1 (1 is deterministic
 *                                minimization); {@value #DEFAULT_PREFERRED_ARM_PROBABILITY} by
 *                                default; ignored by the other methods but checked for every
 *                                method, so that every stored plan is well-formed
 * @param listLength              entries in the list (simple, permuted blocks), or per stratum
 *                                (stratified blocks). Block lists are rounded up to whole blocks
 *                                so that every list ends on a block boundary, so a list may be
 *                                longer than asked. For minimization, the planned number of
 *                                subjects (used by diagnostics).
 * @since 0.1
 */
public record RandomizationScheme(RandomizationMethod method, List<ArmRatio> arms, List<Integer> blockMultiples,
        List<Factor> factors, double preferredArmProbability, int listLength) {

    /** Probability of the preferred arm when minimizing unless the plan says otherwise. */
    public static final double DEFAULT_PREFERRED_ARM_PROBABILITY = 0.8;

    /** Validates every field; messages name the field. */
    public RandomizationScheme {
        if (method == null) {
            throw new IllegalArgumentException("randomization method is missing");
        }
        arms = copy("arms", arms);
        if (arms.size() < 2) {
            throw new IllegalArgumentException("at least two arms are needed, got " + arms.size());
        }
        Names.distinct("arm id", arms.stream().map(ArmRatio::armId).toList());
        blockMultiples = copy("block multiples", blockMultiples);
        if (blockMultiples.stream().anyMatch(m -> m < 1)) {
            throw new IllegalArgumentException("block multiples must be whole numbers of 1 or more, got " + blockMultiples);
        }
        Names.distinct("block multiple", blockMultiples.stream().map(String::valueOf).toList());
        if (method.usesBlocks() && blockMultiples.isEmpty()) {
            throw new IllegalArgumentException("block multiples are needed for " + method.words());
        }
        factors = copy("factors", factors);
        Names.distinct("factor name", factors.stream().map(Factor::name).toList());
        boolean needsFactors = method == RandomizationMethod.STRATIFIED_BLOCKS || method == RandomizationMethod.MINIMIZATION;
        if (needsFactors && factors.isEmpty()) {
            throw new IllegalArgumentException("factors are needed for " + method.words());
        }
        if (!needsFactors && !factors.isEmpty()) {
            throw new IllegalArgumentException("factors are not used by " + method.words()
                    + "; use stratified-blocks or minimization");
        }
        if (!(preferredArmProbability > 1.0 / arms.size() && preferredArmProbability <= 1.0)) {
            throw new IllegalArgumentException("preferred arm probability must be above 1/" + arms.size()
                    + " and at most 1, was " + preferredArmProbability);
        }
        if (listLength < 1) {
            throw new IllegalArgumentException("list length must be 1 or more, was " + listLength);
        }
    }

    /** @return simple randomization for a list of {@code length} entries */
    public static RandomizationScheme simple(List<ArmRatio> arms, int length) {
        return new RandomizationScheme(RandomizationMethod.SIMPLE, arms, List.of(), List.of(),
                DEFAULT_PREFERRED_ARM_PROBABILITY, length);
    }

    /** @return one list of permuted blocks of at least {@code length} entries */
    public static RandomizationScheme blocks(List<ArmRatio> arms, List<Integer> multiples, int length) {
        return new RandomizationScheme(RandomizationMethod.PERMUTED_BLOCKS, arms, multiples, List.of(),
                DEFAULT_PREFERRED_ARM_PROBABILITY, length);
    }

    /** @return a permuted-block list of at least {@code lengthPerStratum} entries per stratum */
    public static RandomizationScheme stratifiedBlocks(List<ArmRatio> arms, List<Integer> multiples,
            List<Factor> factors, int lengthPerStratum) {
        return new RandomizationScheme(RandomizationMethod.STRATIFIED_BLOCKS, arms, multiples, factors,
                DEFAULT_PREFERRED_ARM_PROBABILITY, lengthPerStratum);
    }

    /** @return minimization over {@code factors} for {@code plannedSubjects} subjects */
    public static RandomizationScheme minimization(List<ArmRatio> arms, List<Factor> factors,
            double preferredArmProbability, int plannedSubjects) {
        return new RandomizationScheme(RandomizationMethod.MINIMIZATION, arms, List.of(), factors,
                preferredArmProbability, plannedSubjects);
    }

    /** @return the sum of the ratio weights (3 for 1:1:1 and for 2:1) */
    public int ratioSum() {
        return arms.stream().mapToInt(ArmRatio::weight).sum();
    }

    /** @return the arm ids in scheme order */
    public List<String> armIds() {
        return arms.stream().map(ArmRatio::armId).toList();
    }

    /** @return the allowed block sizes, e.g. [3, 6] for 1:1:1 with multiples [1, 2] */
    public List<Integer> blockSizes() {
        int sum = ratioSum();
        return blockMultiples.stream().map(m -> m * sum).toList();
    }

    /** @return the strata: the cross product of the factors' levels, or the single stratum {@code all} */
    public List<Stratum> strata() {
        return Stratum.crossProduct(method == RandomizationMethod.STRATIFIED_BLOCKS ? factors : List.<Factor>of());
    }

    /**
     * @return one line naming method, ratio and its parameters, e.g.
     *         {@code permuted blocks A:B:C 1:1:1, blocks of 3 or 6} (column titles of diagnostics)
     */
    public String summary() {
        String ratio = arms.stream().map(ArmRatio::armId).collect(Collectors.joining(":")) + " "
                + arms.stream().map(a -> String.valueOf(a.weight())).collect(Collectors.joining(":"));
        String factorNames = factors.stream().map(Factor::name).collect(Collectors.joining(", "));
        String blocks = "blocks of " + blockSizes().stream().map(String::valueOf).collect(Collectors.joining(" or "));
        return switch (method) {
            case SIMPLE -> method.words() + " " + ratio;
            case PERMUTED_BLOCKS -> method.words() + " " + ratio + ", " + blocks;
            case STRATIFIED_BLOCKS -> method.words() + " " + ratio + ", " + blocks + ", by " + factorNames;
            case MINIMIZATION -> method.words() + " " + ratio + ", p=" + String.format(Locale.ROOT, "%.2f",
                    preferredArmProbability) + ", on " + factorNames;
        };
    }

    private static <T> List<T> copy(String what, List<T> values) {
        if (values == null || values.stream().anyMatch(v -> v == null)) {
            throw new IllegalArgumentException(what + " must be given, without empty entries");
        }
        return List.copyOf(values);
    }
}
