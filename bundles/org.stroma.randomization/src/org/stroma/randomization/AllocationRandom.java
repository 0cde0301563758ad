package org.stroma.randomization;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random streams allocations are drawn from, exactly as the package comment documents:
 * xoroshiro128++ ({@link RandomSource#XO_RO_SHI_RO_128_PP}) seeded per stream with the first
 * 16 bytes of SHA-256(seed || UTF-8 label). Public so that tests and statisticians can check
 * the derivation against their own.
 *
 * @since 0.1
 */
public final class AllocationRandom {

    /** The generator; part of the algorithm version. */
    public static final RandomSource SOURCE = RandomSource.XO_RO_SHI_RO_128_PP;

    /** Label of the single list of simple randomization and permuted blocks. */
    public static final String UNSTRATIFIED_LABEL = "stratum:" + Stratum.ALL_KEY;

    private AllocationRandom() {
    }

    /** @return the stream label of a stratum's list, e.g. {@code stratum:site=SITE-A|sex=F} */
    public static String stratumLabel(Stratum stratum) {
        return "stratum:" + stratum.key();
    }

    /** @return the stream label of the n-th (1-based) minimization decision */
    public static String minimizationLabel(int allocationNumber) {
        return "minimization:" + allocationNumber;
    }

    /** @return the stream label of a site's emergency envelopes */
    public static String emergencyLabel(String siteId) {
        return "emergency:" + siteId;
    }

    /** @return the first 16 bytes of SHA-256(seed bytes || UTF-8 bytes of {@code label}) */
    public static byte[] streamSeed(Seed seed, String label) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(seed.bytes());
            sha256.update(label.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha256.digest(), Seed.LENGTH);
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * @return the generator for {@code label}: the stream seed read as two big-endian longs
     *         (s0 from bytes 0-7, s1 from bytes 8-15) given as the native {@code long[]} seed
     */
    public static UniformRandomProvider stream(Seed seed, String label) {
        ByteBuffer state = ByteBuffer.wrap(streamSeed(seed, label));
        return SOURCE.create(new long[] {state.getLong(), state.getLong()});
    }

    /**
     * @return the index of the arm whose cumulative weight first exceeds a draw of
     *         {@code nextInt(ratioSum)}: an arm in proportion to the ratio
     */
    static int armByWeight(UniformRandomProvider random, RandomizationScheme scheme) {
        int r = random.nextInt(scheme.ratioSum());
        int cumulative = 0;
        for (int arm = 0; arm < scheme.arms().size(); arm++) {
            cumulative += scheme.arms().get(arm).weight();
            if (r < cumulative) {
                return arm;
            }
        }
        throw new IllegalStateException("draw " + r + " beyond the ratio sum " + scheme.ratioSum());
    }
}
