package org.stroma.randomization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One minimization decision with what it was based on, so that it can be shown, stored and
 * checked.
 *
 * @param armId            the arm allocated
 * @param imbalanceByArm   for each arm, in scheme order, the weighted imbalance there would be
 *                         if the subject went to that arm
 * @param preferredArms    the arms with the lowest imbalance (all arms for the first subject
 *                         or a tie of all arms)
 * @param preferredChosen  whether the allocated arm is a preferred one
 * @param allocationNumber the subject's position in the allocation order, from 1; it names the
 *                         decision's random stream
 * @since 0.1
 */
public record MinimizationDecision(String armId, Map<String, Double> imbalanceByArm, List<String> preferredArms,
        boolean preferredChosen, int allocationNumber) {

    /** Keeps unmodifiable copies, preserving arm order. */
    public MinimizationDecision {
        imbalanceByArm = Collections.unmodifiableMap(new LinkedHashMap<>(imbalanceByArm));
        preferredArms = List.copyOf(preferredArms);
    }
}
