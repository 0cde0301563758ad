package org.stroma.randomization;

import java.util.ArrayList;
import java.util.List;

/**
 * The allocation list of a plan: for each stratum in order, its entries in sequence. Made by
 * {@link #generate(RandomizationPlan)}, which is deterministic: equal plans give equal lists.
 *
 * @param plan    the recorded plan the list comes from
 * @param entries every stratum's entries, strata in {@link RandomizationScheme#strata()} order
 * @since 0.1
 */
public record AllocationList(RandomizationPlan plan, List<ListEntry> entries) {

    /** Keeps an unmodifiable copy of the entries. */
    public AllocationList {
        if (plan == null || entries == null) {
            throw new IllegalArgumentException("an allocation list needs its plan and entries");
        }
        entries = List.copyOf(entries);
    }

    /**
     * Generates the list of a simple, permuted-block or stratified-block plan: each stratum's
     * list holds at least the scheme's list length, rounded up to whole blocks.
     *
     * @throws IllegalArgumentException for minimization, which has no list, and for a plan of
     *                                  another algorithm version
     */
    public static AllocationList generate(RandomizationPlan plan) {
        plan.requireCurrentAlgorithm();
        if (plan.scheme().method() == RandomizationMethod.MINIMIZATION) {
            throw new IllegalArgumentException("minimization has no allocation list; each subject is allocated"
                    + " when enrolled (MinimizationRandomizer)");
        }
        int length = plan.scheme().listLength();
        List<ListEntry> entries = new ArrayList<>();
        for (Stratum stratum : plan.scheme().strata()) {
            AllocationSequence sequence = AllocationSequence.of(plan, stratum);
            for (int n = 0; n < length || !sequence.atBlockBoundary(); n++) {
                entries.add(sequence.next());
            }
        }
        return new AllocationList(plan, entries);
    }

    /** @return the strata of the list, in order ({@code all} alone when unstratified) */
    public List<Stratum> strata() {
        return plan.scheme().strata();
    }

    /**
     * @return the entries of one stratum, in sequence
     * @throws IllegalArgumentException when the list has no such stratum
     */
    public List<ListEntry> entries(String stratumKey) {
        List<ListEntry> found = entries.stream().filter(e -> e.stratumKey().equals(stratumKey)).toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("the list has no stratum '" + stratumKey + "'");
        }
        return found;
    }
}
