package org.stroma.randomization;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 16 random bytes a plan's lists are generated from. Fresh seeds come from the platform's
 * cryptographically strong generator so that nobody can choose or predict them; the seed is
 * recorded with the plan (as 32 hex digits) so that the list can be regenerated and audited.
 *
 * @param bytes the 16 seed bytes (copied in and out)
 * @since 0.1
 */
public record Seed(byte[] bytes) {

    /** Length of a seed in bytes. */
    public static final int LENGTH = 16;

    private static final HexFormat HEX = HexFormat.of();

    /** Refuses a seed that is not 16 bytes; keeps its own copy. */
    public Seed {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("seed must be " + LENGTH + " bytes, was "
                    + (bytes == null ? "missing" : bytes.length + " bytes"));
        }
        bytes = bytes.clone();
    }

    /** @return a copy of the seed bytes */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return the seed as 32 lower-case hex digits */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /**
     * @return a new seed from {@code new SecureRandom()} (the platform CSPRNG; unlike
     *         {@code getInstanceStrong()} it does not block on Linux)
     */
    public static Seed fresh() {
        byte[] bytes = new byte[LENGTH];
        new SecureRandom().nextBytes(bytes);
        return new Seed(bytes);
    }

    /** @return the seed written as 32 hex digits (either case) */
    public static Seed parse(String hex) {
        String digits = hex == null ? "" : hex.strip();
        if (digits.length() != 2 * LENGTH) {
            throw new IllegalArgumentException("seed must be " + 2 * LENGTH + " hex digits, was '" + hex + "'");
        }
        try {
            return new Seed(HEX.parseHex(digits));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("seed must be " + 2 * LENGTH + " hex digits, was '" + hex + "'", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Seed seed && Arrays.equals(bytes, seed.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Seed[" + hex() + "]";
    }
}
