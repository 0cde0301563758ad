package org.stroma.randomization;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The unending sequence of one stratum's allocations, drawn lazily from the stratum's own
 * stream: simple draws, or permuted blocks one block at a time. A list of any length is a
 * prefix of this sequence, so lists, simulations and emergency envelopes share one
 * implementation of the documented algorithm.
 *
 * @since 0.1
 */
public final class AllocationSequence {

    private final RandomizationScheme scheme;
    private final String stratumKey;
    private final UniformRandomProvider random;
    private final List<String> block = new ArrayList<>();
    private int positionInBlock;
    private int blockNumber;
    private int sequence;

    AllocationSequence(RandomizationScheme scheme, String stratumKey, UniformRandomProvider random) {
        if (scheme.method() == RandomizationMethod.MINIMIZATION) {
            throw new IllegalArgumentException("minimization has no allocation list; use MinimizationRandomizer");
        }
        this.scheme = scheme;
        this.stratumKey = stratumKey;
        this.random = random;
    }

    /** @return the sequence of {@code stratum} under {@code plan}, from the stratum's stream */
    public static AllocationSequence of(RandomizationPlan plan, Stratum stratum) {
        return new AllocationSequence(plan.scheme(), stratum.key(),
                AllocationRandom.stream(plan.seed(), AllocationRandom.stratumLabel(stratum)));
    }

    /** @return the next entry of the stratum's list */
    public ListEntry next() {
        sequence++;
        if (scheme.method() == RandomizationMethod.SIMPLE) {
            String arm = scheme.arms().get(AllocationRandom.armByWeight(random, scheme)).armId();
            return new ListEntry(stratumKey, sequence, 0, 0, arm);
        }
        if (positionInBlock == block.size()) {
            fillBlock();
        }
        return new ListEntry(stratumKey, sequence, blockNumber, block.size(), block.get(positionInBlock++));
    }

    /** @return whether the entries so far end a block (always true for simple randomization) */
    public boolean atBlockBoundary() {
        return positionInBlock == block.size();
    }

    private void fillBlock() {
        List<Integer> multiples = scheme.blockMultiples();
        int multiple = multiples.get(random.nextInt(multiples.size()));
        block.clear();
        for (ArmRatio arm : scheme.arms()) {
            for (int i = 0; i < arm.weight() * multiple; i++) {
                block.add(arm.armId());
            }
        }
        // Fisher-Yates from the last index down, as documented
        for (int i = block.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            block.set(i, block.set(j, block.get(i)));
        }
        positionInBlock = 0;
        blockNumber++;
    }
}
