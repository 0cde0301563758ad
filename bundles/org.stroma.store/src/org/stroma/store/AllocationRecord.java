package org.stroma.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One subject's allocation, as made.
 *
 * @param listId   the list it was made from
 * @param stratum  the stratum's key, e.g. {@code site=SITE-A|sex=F}, or {@code all}
 * @param sequence the entry's number within its stratum (for minimization: the allocation's number)
 * @param source   how it was made: {@code list}, {@code minimization} or {@code emergency} (an
 *                 envelope of a site's emergency list, reconciled afterwards)
 * @param detail   what a statistician needs to check it, e.g. the minimization's imbalance scores
 *                 or the envelope number
 * @since 0.1
 */
public record AllocationRecord(String studyId, String subjectId, String listId, String stratum, int sequence,
        String armId, String source, String detail, String randomizedBy, Instant randomizedAt) {

    public AllocationRecord {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(stratum, "stratum");
        Objects.requireNonNull(armId, "armId");
        Objects.requireNonNull(source, "source");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(randomizedBy, "randomizedBy");
        Objects.requireNonNull(randomizedAt, "randomizedAt");
    }
}
