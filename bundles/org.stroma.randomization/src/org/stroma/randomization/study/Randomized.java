package org.stroma.randomization.study;

import org.stroma.store.AllocationRecord;

/**
 * A subject randomized, as the user who did it may see it.
 *
 * @param armCode  the allocated arm's code, or empty where the user is blinded
 * @param armLabel the arm's name, or "(blinded)"
 */
public record Randomized(AllocationRecord allocation, String subjectLabel, String armCode, String armLabel) {

    public boolean blinded() {
        return armCode.isEmpty();
    }
}
