package org.stroma.randomization;

/**
 * The recorded plan: everything needed to regenerate a list or replay minimization decisions.
 * Its {@link #toText() text form} is what is stored and audited.
 *
 * @param scheme           method, arms, blocks, factors, length
 * @param seed             the 16-byte seed
 * @param algorithmVersion the version of the documented algorithm the plan was made with
 * @since 0.1
 */
public record RandomizationPlan(RandomizationScheme scheme, Seed seed, int algorithmVersion) {

    /**
     * Version of the algorithm described in the package comment. Any change to the generator,
     * the stream derivation or the way draws become allocations needs a new version.
     */
    public static final int ALGORITHM_VERSION = 1;

    /** Refuses a missing scheme or seed and a version below 1. */
    public RandomizationPlan {
        if (scheme == null) {
            throw new IllegalArgumentException("randomization scheme is missing");
        }
        if (seed == null) {
            throw new IllegalArgumentException("seed is missing");
        }
        if (algorithmVersion < 1) {
            throw new IllegalArgumentException("algorithm version must be 1 or more, was " + algorithmVersion);
        }
    }

    /** @return a plan for {@code scheme} and {@code seed} under the current algorithm version */
    public static RandomizationPlan of(RandomizationScheme scheme, Seed seed) {
        return new RandomizationPlan(scheme, seed, ALGORITHM_VERSION);
    }

    /** @return a plan for {@code scheme} with a fresh seed from the CSPRNG */
    public static RandomizationPlan withFreshSeed(RandomizationScheme scheme) {
        return of(scheme, Seed.fresh());
    }

    /**
     * Refuses a plan this code cannot reproduce faithfully.
     *
     * @throws IllegalArgumentException when the plan was made with another algorithm version
     */
    public void requireCurrentAlgorithm() {
        if (algorithmVersion != ALGORITHM_VERSION) {
            throw new IllegalArgumentException("the plan was made with algorithm version " + algorithmVersion
                    + " but this is version " + ALGORITHM_VERSION + "; it cannot be regenerated here");
        }
    }

    /**
     * @return the plan as {@code key=value} lines, one per field, e.g.
     *         <pre>
     * algorithm.version=1
     * method=stratified-blocks
     * seed=00112233445566778899aabbccddeeff
     * arms=A:1,B:1
     * block.multiples=1,2
     * factor.1=site:SITE-A|SITE-B;weight=1.0
     * preferred.arm.probability=0.8
     * list.length=24
     *         </pre>
     */
    public String toText() {
        return PlanText.write(this);
    }

    /**
     * Reads a plan written by {@link #toText()}; blank lines and lines starting with {@code #}
     * are skipped.
     *
     * @throws IllegalArgumentException naming the line when the text is malformed
     */
    public static RandomizationPlan fromText(String text) {
        return PlanText.read(text);
    }
}
