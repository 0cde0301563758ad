package org.stroma.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
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
    static final String COLUMNS = "SEQUENCE_NO, RECORDED_AT, USER_NAME, ACTION, STUDY_ID, OBJECT_ID, "
            + "RECORD_TYPE, FIELD, OLD_VALUE, NEW_VALUE, REASON";
    private static final HexFormat HEX = HexFormat.of();

    private final Connection connection;

    AuditLog(Connection connection) {
        this.connection = connection;
    }

    /** Appends one row per change, in the caller's transaction. */
    void append(List<RecordChange> changes, String studyId, String user, String reason, Instant at)
            throws SQLException {
        try (AuditChain chain = new AuditChain(connection)) {
            for (RecordChange change : changes) {
                chain.append(change, studyId, user, reason, at);
            }
            chain.flush();
        }
    }

    /**
     * Rows of one record, or of a whole study, oldest first. Each index answers its own query:
     * one query with OBJECT_ID = ? OR STUDY_ID = ? would read the whole trail.
     */
    List<AuditEntry> read(String objectOrStudyId) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        Calendar utc = utc();
        for (String column : List.of("OBJECT_ID", "STUDY_ID")) {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM AUDIT_TRAIL WHERE " + column + " = ?")) {
                select.setString(1, objectOrStudyId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs, utc));
                    }
                }
            }
        }
        entries.sort(Comparator.comparingLong(AuditEntry::sequence));
        List<AuditEntry> once = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            if (once.isEmpty() || once.get(once.size() - 1).sequence() != entry.sequence()) {
                once.add(entry);
            }
        }
        return once;
    }

    AuditVerification verify() throws SQLException {
        String previous = GENESIS;
        long expected = 1;
        Calendar utc = utc();
        MessageDigest sha256 = sha256();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + ", PREVIOUS_HASH, ENTRY_HASH FROM AUDIT_TRAIL ORDER BY SEQUENCE_NO");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                AuditEntry entry = entry(rs, utc);
                if (entry.sequence() != expected) {
                    return broken(expected - 1, expected, "row " + expected + " is missing");
                }
                if (!previous.equals(rs.getString(12)) || !hash(entry, previous, sha256).equals(rs.getString(13))) {
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

    private static AuditEntry entry(ResultSet rs, Calendar utc) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2, utc).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    /** SHA-256 over the row's fields, each length-prefixed so no two rows encode alike. */
    static String hash(AuditEntry entry, String previousHash) {
        return hash(entry, previousHash, sha256());
    }

    /** As {@link #hash(AuditEntry, String)}, with a digest the caller reuses row after row. */
    static String hash(AuditEntry entry, String previousHash, MessageDigest sha256) {
        StringBuilder text = new StringBuilder(256);
        for (Object field : new Object[] { entry.sequence(), entry.recordedAt().toEpochMilli(), entry.user(),
                entry.action(), entry.studyId(), entry.objectId(), entry.type(), entry.field(), entry.oldValue(),
                entry.newValue(), entry.reason(), previousHash }) {
            String value = field == null ? null : field.toString();
            text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
        }
        return HEX.formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
