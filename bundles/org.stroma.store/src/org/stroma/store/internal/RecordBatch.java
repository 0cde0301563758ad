package org.stroma.store.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.stroma.store.StoreException;

/**
 * Deletes and inserts of STUDY_RECORD and RECORD_VALUE rows in the caller's transaction, sent to
 * the database in batches. Pending deletions always run before pending insertions, so a record
 * can be deleted and inserted again in one save.
 */
final class RecordBatch implements AutoCloseable {

    private static final int SIZE = 1000;

    private final PreparedStatement deleteValues;
    private final PreparedStatement deleteRecord;
    private final PreparedStatement insertRecord;
    private final PreparedStatement insertValue;
    private final List<String> insertedIds = new ArrayList<>();
    private int deletions;
    private int values;
    private long rows;

    RecordBatch(Connection connection) throws SQLException {
        deleteValues = connection.prepareStatement("DELETE FROM RECORD_VALUE WHERE RECORD_ID = ?");
        deleteRecord = connection.prepareStatement("DELETE FROM STUDY_RECORD WHERE ID = ?");
        insertRecord = connection.prepareStatement("INSERT INTO STUDY_RECORD (ID, STUDY_ID, OWNER_ID, RECORD_TYPE, "
                + "CONTAINER_ID, CONTAINER_FEATURE, POSITION) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insertValue = connection.prepareStatement(
                "INSERT INTO RECORD_VALUE (RECORD_ID, FIELD, POSITION, VALUE_TEXT) VALUES (?, ?, ?, ?)");
    }

    /** Deletes a stored record and its values. */
    void delete(String recordId) throws SQLException {
        deleteValues.setString(1, recordId);
        deleteValues.addBatch();
        deleteRecord.setString(1, recordId);
        deleteRecord.addBatch();
        rows++;
        if (++deletions == SIZE) {
            flushDeletions();
        }
    }

    void insert(String studyId, RecordSnapshot record) throws SQLException {
        insertRecord.setString(1, record.id());
        insertRecord.setString(2, studyId);
        insertRecord.setString(3, record.ownerId());
        insertRecord.setString(4, record.type());
        insertRecord.setString(5, record.containerId());
        insertRecord.setString(6, record.containerFeature());
        insertRecord.setInt(7, record.position());
        insertRecord.addBatch();
        insertedIds.add(record.id());
        rows++;
        for (var field : record.values().entrySet()) {
            int position = 0;
            for (String value : field.getValue()) {
                insertValue.setString(1, record.id());
                insertValue.setString(2, field.getKey());
                insertValue.setInt(3, position++);
                insertValue.setString(4, value);
                insertValue.addBatch();
                values++;
            }
        }
        if (insertedIds.size() >= SIZE || values >= SIZE) {
            flush();
        }
    }

    /** How many records were given to delete or insert. */
    long rows() {
        return rows;
    }

    /** Sends every pending row: deletions first. */
    void flush() throws SQLException {
        flushDeletions();
        if (!insertedIds.isEmpty()) {
            try {
                insertRecord.executeBatch();
            } catch (BatchUpdateException e) {
                if ("23505".equals(e.getSQLState())) {
                    int failed = e.getUpdateCounts() == null ? -1 : e.getUpdateCounts().length;
                    String id = failed >= 0 && failed < insertedIds.size() ? "'" + insertedIds.get(failed) + "'"
                            : "a record";
                    throw new StoreException("record " + id + " is already stored, in another study or under a "
                            + "top-level record not saved with it (a record moved to another subject is saved with "
                            + "both subjects); record ids are unique in a database; nothing was saved", e);
                }
                throw e;
            }
            insertedIds.clear();
        }
        if (values > 0) {
            insertValue.executeBatch();
            values = 0;
        }
    }

    private void flushDeletions() throws SQLException {
        if (deletions > 0) {
            deleteValues.executeBatch();
            deleteRecord.executeBatch();
            deletions = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try (deleteValues; deleteRecord; insertRecord; insertValue) {
            // closes all four, whatever happens to each
        }
    }
}
