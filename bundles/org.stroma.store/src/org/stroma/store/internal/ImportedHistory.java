package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.stroma.store.AuditEntry;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;

/**
 * The audit rows of a study imported from elsewhere: its history appended to the hash chain as
 * it happened (each save's rows with their original user, time and reason), then one row
 * recording the import itself, so the trail shows both what was done to the data and how it
 * came into this database.
 */
final class ImportedHistory {

    /** The action of the row that records an import; its new value names the source. */
    static final String IMPORT = "IMPORT";

    private final Connection connection;

    ImportedHistory(Connection connection) {
        this.connection = connection;
    }

    /** Appends in the caller's transaction. */
    void append(String studyId, List<AuditEntry> history, String source, ChangeContext change, Instant at)
            throws SQLException {
        AuditLog log = new AuditLog(connection);
        int from = 0;
        while (from < history.size()) {
            AuditEntry save = history.get(from);
            List<RecordChange> changes = new ArrayList<>();
            int to = from;
            while (to < history.size() && sameSave(save, history.get(to))) {
                changes.add(changeOf(history.get(to)));
                to++;
            }
            log.append(changes, studyId, save.user(), save.reason() == null ? "" : save.reason(), save.recordedAt());
            from = to;
        }
        log.append(List.of(new RecordChange(IMPORT, studyId, "Study", "", null, source)), studyId, change.user(),
                change.reason(), at);
    }

    /** Rows written by one save share their user, time and reason. */
    private static boolean sameSave(AuditEntry first, AuditEntry next) {
        return first.user().equals(next.user()) && first.recordedAt().equals(next.recordedAt())
                && Objects.equals(first.reason(), next.reason());
    }

    private static RecordChange changeOf(AuditEntry entry) {
        if (entry.user() == null || entry.user().isBlank() || entry.recordedAt() == null || entry.action() == null
                || entry.objectId() == null || entry.type() == null || entry.field() == null) {
            throw new StoreException("imported audit row " + entry.sequence() + " lacks its user, time, action, record"
                    + " or field; nothing was imported");
        }
        return new RecordChange(entry.action(), entry.objectId(), entry.type(), entry.field(), entry.oldValue(),
                entry.newValue());
    }
}
