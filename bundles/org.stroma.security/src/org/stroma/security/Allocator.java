package org.stroma.security;

import java.util.List;

import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.AllocationRecord;

/**
 * Decides one subject's allocation from a sealed list. The randomization bundle supplies it; the
 * list reaches it only inside {@link RandomizationAccess#randomize}, never the caller.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Allocator {

    /**
     * @throws AllocationRefusedException when the subject may not be randomized (not enrolled,
     *                                    no consent in force, the list is used up...)
     */
    Decision allocate(Request request);

    /**
     * What the allocator sees: the whole study (not blinded), the subject, the list with its
     * content, and the allocations made so far in the study, in order.
     */
    record Request(Study study, Subject subject, AllocationListRecord list, List<AllocationRecord> earlier) {
    }

    /** The allocation: see {@link AllocationRecord} for the fields. */
    record Decision(String armId, String stratum, int sequence, String source, String detail) {
    }
}
