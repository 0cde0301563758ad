package org.stroma.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored allocation list.
 *
 * @param purpose     what the list is for, unique in its study: {@code main}, or
 *                    {@code emergency:<site id>} for a site's sealed emergency envelopes
 * @param description the list in words without its content, e.g. "stratified permuted blocks
 *                    1:1:1, strata site": what the audit trail and the list of lists show
 * @param content     the sealed part: the plan with its seed and the entries, as text
 * @since 0.1
 */
public record AllocationListRecord(String studyId, String listId, String purpose, String description,
        String content, String createdBy, Instant createdAt) {

    public AllocationListRecord {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
