package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The STUDY_RECORD and RECORD_VALUE tables: a study's records in the store's generic form. */
final class RecordTable {

    private static final String ALL_VALUES = "SELECT RECORD_ID, FIELD, POSITION, VALUE_TEXT FROM RECORD_VALUE";

    private final Connection connection;

    RecordTable(Connection connection) {
        this.connection = connection;
    }

    /**
     * The stored records of a study, keyed by id. Values of a whole study are read by scanning
     * the value table: looking each record's values up by key took eight times as long for a
     * study of millions of values, and a scan of other studies' values costs little beside it.
     */
    Map<String, RecordSnapshot> read(String studyId) throws SQLException {
        return read("STUDY_ID", studyId, ALL_VALUES);
    }

    /** Reads a study's records straight into {@code assembler}: every record, then every value. */
    void read(String studyId, StudyAssembler assembler) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, RECORD_TYPE, CONTAINER_ID, "
                + "CONTAINER_FEATURE, POSITION FROM STUDY_RECORD WHERE STUDY_ID = ?")) {
            select.setString(1, studyId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    assembler.record(rs.getString(1), canonical(names, rs.getString(2)), rs.getString(3),
                            canonical(names, rs.getString(4)), rs.getInt(5));
                }
            }
        }
        if (assembler.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(ALL_VALUES);
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                assembler.value(rs.getString(1), canonical(names, rs.getString(2)), rs.getInt(3), rs.getString(4));
            }
        }
    }

    /**
     * The stored records of one top-level record, itself included (see {@link RecordOwners});
     * for a study's id, the study's own record.
     */
    Map<String, RecordSnapshot> readOwned(String ownerId) throws SQLException {
        return read("OWNER_ID", ownerId, "SELECT v.RECORD_ID, v.FIELD, v.POSITION, v.VALUE_TEXT FROM STUDY_RECORD r "
                + "JOIN RECORD_VALUE v ON v.RECORD_ID = r.ID WHERE r.OWNER_ID = ?");
    }

    /** The top-level record a stored record of the study belongs to, empty when it is not stored there. */
    Optional<String> ownerOf(String studyId, String recordId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT OWNER_ID FROM STUDY_RECORD WHERE ID = ? AND STUDY_ID = ?")) {
            select.setString(1, recordId);
            select.setString(2, studyId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Replaces the stored records of a study with {@code saved}, writing only what differs. */
    void write(String studyId, Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved)
            throws SQLException {
        try (RecordBatch batch = new RecordBatch(connection)) {
            for (RecordSnapshot old : stored.values()) {
                if (!old.equals(saved.get(old.id()))) {
                    batch.delete(old.id());
                }
            }
            for (RecordSnapshot record : saved.values()) {
                if (!record.equals(stored.get(record.id()))) {
                    batch.insert(studyId, record);
                }
            }
            batch.flush();
        }
    }

    /**
     * Records and values are read by two unsorted queries and put together here: sorting millions
     * of value rows in the database costs more than placing each by its position.
     */
    private Map<String, RecordSnapshot> read(String column, String key, String valuesQuery) throws SQLException {
        Map<String, String> names = new HashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, RECORD_TYPE, OWNER_ID, CONTAINER_ID, "
                + "CONTAINER_FEATURE, POSITION FROM STUDY_RECORD WHERE " + column + " = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    places.put(rs.getString(1), new Place(canonical(names, rs.getString(2)),
                            canonical(names, rs.getString(3)), canonical(names, rs.getString(4)),
                            canonical(names, rs.getString(5)), rs.getInt(6)));
                }
            }
        }
        Map<String, RecordSnapshot> records = new LinkedHashMap<>();
        if (places.isEmpty()) {
            return records;
        }
        Map<String, Map<String, List<String>>> values = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(valuesQuery)) {
            if (valuesQuery.contains("?")) {
                select.setString(1, key);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!places.containsKey(id)) {
                        continue;
                    }
                    List<String> field = values.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .computeIfAbsent(canonical(names, rs.getString(2)), k -> new ArrayList<>(1));
                    int position = rs.getInt(3);
                    while (field.size() <= position) {
                        field.add(null);
                    }
                    field.set(position, rs.getString(4));
                }
            }
        }
        for (var place : places.entrySet()) {
            String id = place.getKey();
            Place at = place.getValue();
            Map<String, List<String>> fields = values.remove(id);
            records.put(id, new RecordSnapshot(id, at.type(), at.ownerId(), at.containerId(), at.containerFeature(),
                    at.position(), fields == null ? Map.of() : fields));
        }
        return records;
    }

    /** A stored record's row, before its values are read. */
    private record Place(String type, String ownerId, String containerId, String containerFeature, int position) {
    }

    /** One String per type, field, feature, owner and container, however many records repeat it. */
    private static String canonical(Map<String, String> names, String name) {
        return name == null ? null : names.computeIfAbsent(name, n -> n);
    }
}
