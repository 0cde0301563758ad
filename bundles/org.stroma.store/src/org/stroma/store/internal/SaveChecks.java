package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stroma.store.RecordLock;
import org.stroma.store.SaveRules;
import org.stroma.store.StoreException;

/**
 * The rules one save runs under besides the reason for change: fields the caller does not see
 * are kept as stored, the caller's guard sees every change, and nothing locked changes.
 */
final class SaveChecks {

    private final Connection connection;
    private final String studyId;
    private final SaveRules rules;
    private final Map<String, RecordLock> locks;
    private final Map<String, Integer> nextPositions = new HashMap<>();
    private final Map<String, Integer> placesOfNew = new HashMap<>();

    SaveChecks(Connection connection, String studyId, SaveRules rules) throws SQLException {
        this.connection = connection;
        this.studyId = studyId;
        this.rules = rules;
        this.locks = LockTable.read(connection, studyId);
    }

    /**
     * {@code saved} with what the caller does not see put back as stored: the stored value of each
     * withheld field, the stored records under a withheld list that {@code saved} lacks, and the
     * stored place of each record in a withheld list (new ones go after the stored ones), since
     * the caller saw only part of that list.
     */
    Map<String, RecordSnapshot> restore(Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved)
            throws SQLException {
        Set<String> withheld = rules.withheld();
        if (withheld.isEmpty()) {
            return saved;
        }
        Map<String, RecordSnapshot> restored = new LinkedHashMap<>();
        for (RecordSnapshot record : saved.values()) {
            RecordSnapshot old = stored.get(record.id());
            Map<String, List<String>> values = new LinkedHashMap<>(record.values());
            for (String field : withheld) {
                values.remove(field);
                if (old != null && old.values().containsKey(field)) {
                    values.put(field, old.values().get(field));
                }
            }
            int position = record.position();
            if (record.containerFeature() != null && withheld.contains(record.containerFeature())) {
                position = old != null ? old.position() : placeOfNew(record);
            }
            restored.put(record.id(), new RecordSnapshot(record.id(), record.type(), record.ownerId(),
                    record.containerId(), record.containerFeature(), position, values));
        }
        for (RecordSnapshot old : stored.values()) {
            if (!restored.containsKey(old.id()) && isWithheld(old, stored)) {
                restored.put(old.id(), old);
            }
        }
        return restored;
    }

    /** Refuses the first change the guard refuses or that touches a locked record. */
    void check(List<RecordChange> changes, Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved) {
        for (RecordChange change : changes) {
            RecordSnapshot record = saved.containsKey(change.objectId()) ? saved.get(change.objectId())
                    : stored.get(change.objectId());
            String ownerId = record == null ? change.objectId() : record.ownerId();
            RecordSnapshot owner = saved.containsKey(ownerId) ? saved.get(ownerId) : stored.get(ownerId);
            rules.guard().check(new SaveRules.RecordEdit(change.action(), change.type(), change.objectId(),
                    change.field(), change.newValue(), ownerId, owner == null ? change.type() : owner.typeName()));
            if (locks.isEmpty()) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (String id = change.objectId(); id != null && seen.add(id); id = containerOf(id, stored, saved)) {
                RecordLock lock = locks.get(id);
                if (lock != null) {
                    throw new StoreException(change.type() + " " + change.objectId() + " cannot change: "
                            + (id.equals(change.objectId()) ? "it is" : id + " is") + " locked by " + lock.lockedBy()
                            + " since " + lock.lockedAt() + "; unlock it with a reason first. Nothing was saved");
                }
            }
        }
    }

    private static String containerOf(String id, Map<String, RecordSnapshot> stored,
            Map<String, RecordSnapshot> saved) {
        RecordSnapshot record = saved.containsKey(id) ? saved.get(id) : stored.get(id);
        return record == null ? null : record.containerId();
    }

    /** Whether a stored record lies, at any depth, under a withheld list. */
    private boolean isWithheld(RecordSnapshot record, Map<String, RecordSnapshot> stored) {
        Set<String> seen = new HashSet<>();
        for (RecordSnapshot at = record; at != null && seen.add(at.id()); at = stored.get(at.containerId())) {
            if (at.containerFeature() != null && rules.withheld().contains(at.containerFeature())) {
                return true;
            }
        }
        return false;
    }

    /** The same place each time a save asks for the same new record. */
    private int placeOfNew(RecordSnapshot record) throws SQLException {
        Integer place = placesOfNew.get(record.id());
        if (place == null) {
            place = nextPosition(record.containerId(), record.containerFeature());
            placesOfNew.put(record.id(), place);
        }
        return place;
    }

    private int nextPosition(String containerId, String feature) throws SQLException {
        String key = containerId + "/" + feature;
        Integer next = nextPositions.get(key);
        if (next == null) {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(POSITION) FROM STUDY_RECORD "
                    + "WHERE STUDY_ID = ? AND CONTAINER_ID = ? AND CONTAINER_FEATURE = ?")) {
                select.setString(1, studyId);
                select.setString(2, containerId);
                select.setString(3, feature);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    next = rs.getObject(1) == null ? 0 : rs.getInt(1) + 1;
                }
            }
        }
        nextPositions.put(key, next + 1);
        return next;
    }
}
