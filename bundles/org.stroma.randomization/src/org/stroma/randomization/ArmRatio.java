package org.stroma.randomization;

/**
 * An arm and its share of the allocation ratio: arms A and B with weights 2 and 1 make a 2:1
 * ratio.
 *
 * @param armId  the arm's id as the study defines it
 * @param weight the arm's part of the ratio, 1 or more
 * @since 0.1
 */
public record ArmRatio(String armId, int weight) {

    /** Refuses an empty or ill-formed id and a weight below 1. */
    public ArmRatio {
        Names.id("arm id", armId);
        if (weight < 1) {
            throw new IllegalArgumentException("arm weight of '" + armId + "' must be 1 or more, was " + weight);
        }
    }

    /** @return an arm with weight 1 */
    public static ArmRatio of(String armId) {
        return new ArmRatio(armId, 1);
    }
}
