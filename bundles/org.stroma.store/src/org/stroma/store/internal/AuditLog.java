package org.stroma.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;

import org.stroma.store.AuditEntry;
import org.stroma.store.AuditVerification;

/**
 * The AUDIT_TRAIL table: append-only, each row chained to the one before by a SHA-256 hash of
 * its content and its predecessor's hash, so an edited, deleted or inserted row breaks the
 * chain from that row on.
 */
final class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "SEQUENCE_NO, RECORDED_AT, USER_NAME, ACTION, STUDY_ID, OBJECT_ID, "
            + "RECORD_TYPE, FIELD, OLD_VALUE, NEW_VALUE, REASON";

    private final Connection connection;

    AuditLog(Connection connection) {
        this.connection = connection;
    }

    /** Appends one row per change, in the caller's transaction. */
    void append(List<RecordChange> changes, String studyId, String user, String reason, Instant at)
            throws SQLException {
        long sequence = 0;
        String previous = GENESIS;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT SEQUENCE_NO, ENTRY_HASH FROM AUDIT_TRAIL ORDER BY SEQUENCE_NO DESC FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = last.executeQuery()) {
            if (rs.next()) {
                sequence = rs.getLong(1);
                previous = rs.getString(2);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO AUDIT_TRAIL (" + COLUMNS
                + ", PREVIOUS_HASH, ENTRY_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RecordChange change : changes) {
                AuditEntry entry = new AuditEntry(++sequence, at, user, change.action(), studyId, change.objectId(),
                        change.type(), change.field(), change.oldValue(), change.newValue(), reason);
                String hash = hash(entry, previous);
                insert.setLong(1, entry.sequence());
                insert.setTimestamp(2, Timestamp.from(entry.recordedAt()), utc());
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
            }
            insert.executeBatch();
        }
    }

    /** Rows of one record, or of a whole study, oldest first. */
    List<AuditEntry> read(String objectOrStudyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM AUDIT_TRAIL WHERE OBJECT_ID = ? OR STUDY_ID = ? ORDER BY SEQUENCE_NO")) {
            select.setString(1, objectOrStudyId);
            select.setString(2, objectOrStudyId);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        }
    }

    AuditVerification verify() throws SQLException {
        String previous = GENESIS;
        long expected = 1;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + ", PREVIOUS_HASH, ENTRY_HASH FROM AUDIT_TRAIL ORDER BY SEQUENCE_NO");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                AuditEntry entry = entry(rs);
                if (entry.sequence() != expected) {
                    return broken(expected - 1, expected, "row " + expected + " is missing");
                }
                if (!previous.equals(rs.getString(12)) || !hash(entry, previous).equals(rs.getString(13))) {
                    return broken(expected - 1, entry.sequence(), "row " + entry.sequence()
                            + " does not match its recorded hash: the audit trail was altered at or before it");
                }
                previous = rs.getString(13);
                expected++;
            }
        }
        long rows = expected - 1;
        return new AuditVerification(rows, true, 0, "audit trail intact: " + rows + " rows, hash chain verified");
    }

    /** Times are kept in UTC, so a database moved across time zones keeps its hashes. */
    private static Calendar utc() {
        return Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    }

    private static AuditVerification broken(long checked, long row, String message) {
        return new AuditVerification(checked, false, row, message);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2, utc()).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    /** SHA-256 over the row's fields, each length-prefixed so no two rows encode alike. */
    static String hash(AuditEntry entry, String previousHash) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] { entry.sequence(), entry.recordedAt().toEpochMilli(), entry.user(),
                entry.action(), entry.studyId(), entry.objectId(), entry.type(), entry.field(), entry.oldValue(),
                entry.newValue(), entry.reason(), previousHash }) {
            String value = field == null ? null : field.toString();
            text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
