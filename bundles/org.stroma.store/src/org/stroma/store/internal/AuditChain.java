package org.stroma.store.internal;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

import org.stroma.store.AuditEntry;

/**
 * Appends rows to the audit trail in the caller's transaction: the hash chain goes on in memory
 * from the last stored row, and rows are sent to the database in batches. Use one chain per
 * transaction and {@link #flush()} it before committing.
 */
final class AuditChain implements AutoCloseable {

    private static final int SIZE = 1000;

    private final PreparedStatement insert;
    private final MessageDigest sha256;
    private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    private long sequence;
    private String previous = AuditLog.GENESIS;
    private Instant lastTime;
    private Timestamp lastTimestamp;
    private int pending;

    AuditChain(Connection connection) throws SQLException {
        // MAX reads the end of the primary key's index; ORDER BY ... DESC would sort the whole trail.
        try (PreparedStatement max = connection.prepareStatement("SELECT MAX(SEQUENCE_NO) FROM AUDIT_TRAIL");
                ResultSet rs = max.executeQuery()) {
            rs.next();
            sequence = rs.getLong(1);
        }
        if (sequence > 0) {
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT ENTRY_HASH FROM AUDIT_TRAIL WHERE SEQUENCE_NO = ?")) {
                last.setLong(1, sequence);
                try (ResultSet rs = last.executeQuery()) {
                    rs.next();
                    previous = rs.getString(1);
                }
            }
        }
        sha256 = AuditLog.sha256();
        insert = connection.prepareStatement("INSERT INTO AUDIT_TRAIL (" + AuditLog.COLUMNS
                + ", PREVIOUS_HASH, ENTRY_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Appends one row describing {@code change}, next in the chain. */
    void append(RecordChange change, String studyId, String user, String reason, Instant at) throws SQLException {
        AuditEntry entry = new AuditEntry(++sequence, at, user, change.action(), studyId, change.objectId(),
                change.type(), change.field(), change.oldValue(), change.newValue(), reason);
        String hash = AuditLog.hash(entry, previous, sha256);
        insert.setLong(1, entry.sequence());
        insert.setTimestamp(2, timestamp(at), utc);
        insert.setString(3, entry.user());
        insert.setString(4, entry.action());
        insert.setString(5, entry.studyId());
        insert.setString(6, entry.objectId());
        insert.setString(7, entry.type());
        insert.setString(8, entry.field());
        insert.setString(9, entry.oldValue());
        insert.setString(10, entry.newValue());
        insert.setString(11, entry.reason());
        insert.setString(12, previous);
        insert.setString(13, hash);
        insert.addBatch();
        previous = hash;
        if (++pending == SIZE) {
            flush();
        }
    }

    /** Sends the rows not yet sent. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /** The rows of one save share their time; one Timestamp serves them all. */
    private Timestamp timestamp(Instant at) {
        if (!at.equals(lastTime)) {
            lastTime = at;
            lastTimestamp = Timestamp.from(at);
        }
        return lastTimestamp;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
