package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The STUDY_RECORD and RECORD_VALUE tables: a study's records in the store's generic form. */
final class RecordTable {

    private final Connection connection;

    RecordTable(Connection connection) {
        this.connection = connection;
    }

    /** The stored records of a study, keyed by id, in containment order. */
    Map<String, RecordSnapshot> read(String studyId) throws SQLException {
        Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT v.RECORD_ID, v.FIELD, v.VALUE_TEXT "
                + "FROM RECORD_VALUE v JOIN STUDY_RECORD r ON r.ID = v.RECORD_ID WHERE r.STUDY_ID = ? "
                + "ORDER BY v.RECORD_ID, v.FIELD, v.POSITION")) {
            select.setString(1, studyId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
        }
        Map<String, RecordSnapshot> records = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, RECORD_TYPE, CONTAINER_ID, "
                + "CONTAINER_FEATURE, POSITION FROM STUDY_RECORD WHERE STUDY_ID = ? ORDER BY CONTAINER_ID, "
                + "CONTAINER_FEATURE, POSITION")) {
            select.setString(1, studyId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    records.put(id, new RecordSnapshot(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), values.getOrDefault(id, Map.of())));
                }
            }
        }
        return records;
    }

    /** Replaces the stored records of a study with {@code saved}, writing only what differs. */
    void write(String studyId, Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved)
            throws SQLException {
        try (PreparedStatement deleteValues = connection.prepareStatement("DELETE FROM RECORD_VALUE WHERE RECORD_ID = ?");
                PreparedStatement deleteRecord = connection.prepareStatement("DELETE FROM STUDY_RECORD WHERE ID = ?");
                PreparedStatement insertRecord = connection.prepareStatement("INSERT INTO STUDY_RECORD (ID, STUDY_ID, "
                        + "RECORD_TYPE, CONTAINER_ID, CONTAINER_FEATURE, POSITION) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement insertValue = connection.prepareStatement(
                        "INSERT INTO RECORD_VALUE (RECORD_ID, FIELD, POSITION, VALUE_TEXT) VALUES (?, ?, ?, ?)")) {
            for (RecordSnapshot old : stored.values()) {
                RecordSnapshot now = saved.get(old.id());
                if (!old.equals(now)) {
                    deleteValues.setString(1, old.id());
                    deleteValues.addBatch();
                    deleteRecord.setString(1, old.id());
                    deleteRecord.addBatch();
                }
            }
            deleteValues.executeBatch();
            deleteRecord.executeBatch();
            for (RecordSnapshot record : saved.values()) {
                if (record.equals(stored.get(record.id()))) {
                    continue;
                }
                insertRecord.setString(1, record.id());
                insertRecord.setString(2, studyId);
                insertRecord.setString(3, record.type());
                insertRecord.setString(4, record.containerId());
                insertRecord.setString(5, record.containerFeature());
                insertRecord.setInt(6, record.position());
                insertRecord.addBatch();
                for (var field : record.values().entrySet()) {
                    int position = 0;
                    for (String value : field.getValue()) {
                        insertValue.setString(1, record.id());
                        insertValue.setString(2, field.getKey());
                        insertValue.setInt(3, position++);
                        insertValue.setString(4, value);
                        insertValue.addBatch();
                    }
                }
            }
            insertRecord.executeBatch();
            insertValue.executeBatch();
        }
    }
}
