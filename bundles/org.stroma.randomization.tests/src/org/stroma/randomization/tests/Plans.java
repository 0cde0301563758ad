package org.stroma.randomization.tests;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.Seed;

/** Fixed seeds and arms for tests, so that every test is deterministic. */
final class Plans {

    private Plans() {
    }

    /** @return the seed whose 16 bytes are {@code n} as a big-endian long, then 0x5A repeated */
    static Seed seed(long n) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(n);
        while (bytes.hasRemaining()) {
            bytes.put((byte) 0x5A);
        }
        return new Seed(bytes.array());
    }

    /** @return arms A, B, C... with the given ratio weights */
    static List<ArmRatio> arms(int... weights) {
        List<ArmRatio> arms = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            arms.add(new ArmRatio(String.valueOf((char) ('A' + i)), weights[i]));
        }
        return arms;
    }

    static RandomizationPlan plan(RandomizationScheme scheme, long seed) {
        return RandomizationPlan.of(scheme, seed(seed));
    }
}
