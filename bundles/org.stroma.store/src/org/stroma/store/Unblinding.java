package org.stroma.store;

import java.time.Instant;

/**
 * One subject's allocation revealed to one user, and why.
 *
 * @since 0.1
 */
public record Unblinding(String studyId, String subjectId, String userName, Instant unblindedAt, String reason) {
}
