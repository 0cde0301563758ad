package org.stroma.demo;

import java.util.ArrayList;
import java.util.List;

import org.stroma.model.study.Arm;

/**
 * Allocation in permuted blocks, the usual scheme of small pilot trials: each block holds every
 * arm {@code allocationWeight x perArm} times in shuffled order, so the arms stay balanced all
 * through recruitment and are exactly balanced at every full block.
 */
final class PermutedBlocks {

    private PermutedBlocks() {
    }

    static List<Arm> sequence(List<Arm> arms, int perArm, int subjects, Chance chance) {
        List<Arm> block = new ArrayList<>();
        for (Arm arm : arms) {
            for (int i = 0; i < arm.getAllocationWeight() * perArm; i++) {
                block.add(arm);
            }
        }
        List<Arm> sequence = new ArrayList<>();
        while (sequence.size() < subjects) {
            sequence.addAll(chance.shuffled(block));
        }
        return List.copyOf(sequence.subList(0, subjects));
    }
}
