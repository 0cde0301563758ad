package org.stroma.store;

import java.time.Instant;

/**
 * A locked record: neither it nor anything it contains can be changed until it is unlocked.
 *
 * @since 0.1
 */
public record RecordLock(String recordId, String studyId, String lockedBy, Instant lockedAt) {
}
