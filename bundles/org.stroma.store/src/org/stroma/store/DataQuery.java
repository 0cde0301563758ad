package org.stroma.store;

import java.time.Instant;

/**
 * A question raised on a record (by a monitor, typically) and its answer.
 *
 * @param status      {@code OPEN}, {@code ANSWERED} or {@code CLOSED}
 * @param response    the answer, null while open
 * @since 0.1
 */
public record DataQuery(String id, String studyId, String recordId, String question, String raisedBy,
        Instant raisedAt, String status, String response, String respondedBy, Instant respondedAt) {

    public static final String OPEN = "OPEN";
    public static final String ANSWERED = "ANSWERED";
    public static final String CLOSED = "CLOSED";
}
