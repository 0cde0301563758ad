package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stroma.model.study.Study;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;

/**
 * Saves some top-level records of a study (subjects, arms, sites...), each with all it contains,
 * and the study's own record, in the caller's transaction, without reading the rest of the study.
 * Each top-level record is compared with what is stored under it on its own, so the memory needed
 * is that of one subject however many are saved.
 *
 * <p>Two passes: the first deletes what was removed, with its audit rows; the second writes what
 * is new or changed. So a record that left one saved top-level record for another in the same
 * save is audited as deleted there before it is created here.
 */
final class SubtreeSave {

    private final Connection connection;
    private final RecordTable records;
    private final Study study;
    private final String studyId;
    private final boolean audited;
    private final Map<String, Boolean> storedTargets = new HashMap<>();
    private final SaveChecks checks;

    SubtreeSave(Connection connection, Study study, boolean audited, SaveChecks checks) {
        this.checks = checks;
        this.connection = connection;
        this.records = new RecordTable(connection);
        this.study = study;
        this.studyId = Snapshots.idOf(study);
        this.audited = audited;
    }

    /** Saves the top-level records of {@code changed}; returns whether anything was written. */
    boolean save(Collection<? extends EObject> changed, ChangeContext change) throws SQLException {
        Map<String, EObject> owners = owners(changed);
        Instant at = Instant.now();
        try (RecordBatch batch = new RecordBatch(connection);
                AuditChain chain = audited ? new AuditChain(connection) : null) {
            Map<String, Boolean> toWrite = deleteRemoved(owners, change, at, batch, chain);
            batch.flush();
            for (var owner : toWrite.entrySet()) {
                String ownerId = owner.getKey();
                Map<String, RecordSnapshot> stored = owner.getValue() ? records.readOwned(ownerId) : Map.of();
                Map<String, RecordSnapshot> saved = checks.restore(stored, Snapshots.owned(owners.get(ownerId)));
                List<RecordChange> changes = StudyDiff.between(stored, saved);
                checks.check(changes, stored, saved);
                if (chain != null) {
                    for (RecordChange c : changes) {
                        chain.append(c, studyId, change.user(), change.reason(), at);
                    }
                }
                write(owners.get(ownerId), stored, saved, owners.keySet(), batch);
            }
            batch.flush();
            if (chain != null) {
                chain.flush();
            }
            return batch.rows() > 0;
        }
    }

    /**
     * The first pass: checks every change for its reason, deletes the records no longer in their
     * top-level record with their audit rows, and returns the top-level records left to write,
     * each with whether anything is stored under it.
     */
    private Map<String, Boolean> deleteRemoved(Map<String, EObject> owners, ChangeContext change, Instant at,
            RecordBatch batch, AuditChain chain) throws SQLException {
        Map<String, Boolean> toWrite = new LinkedHashMap<>();
        for (var owner : owners.entrySet()) {
            Map<String, RecordSnapshot> stored = records.readOwned(owner.getKey());
            if (stored.isEmpty()) {
                if (owner.getValue() != null) {
                    toWrite.put(owner.getKey(), false);
                }
                continue;
            }
            Map<String, RecordSnapshot> saved = owner.getValue() == null ? Map.of()
                    : checks.restore(stored, Snapshots.owned(owner.getValue()));
            List<RecordChange> changes = StudyDiff.between(stored, saved);
            ReasonForChange.require(changes, change);
            checks.check(changes, stored, saved);
            for (RecordChange c : changes) {
                if (chain != null && !saved.containsKey(c.objectId())) {
                    chain.append(c, studyId, change.user(), change.reason(), at);
                }
            }
            for (RecordSnapshot old : stored.values()) {
                if (!saved.containsKey(old.id())) {
                    batch.delete(old.id());
                }
            }
            if (saved.values().stream().anyMatch(record -> !record.equals(stored.get(record.id())))) {
                toWrite.put(owner.getKey(), true);
            }
        }
        return toWrite;
    }

    /**
     * The top-level records to save, by id, the study's own record first: each given record
     * stands for the top-level record it lies in; one no longer in the study for the one it is
     * stored under, which maps to null when it was removed as well.
     */
    private Map<String, EObject> owners(Collection<? extends EObject> changed) throws SQLException {
        Map<String, EObject> owners = new LinkedHashMap<>();
        owners.put(studyId, study);
        for (EObject object : changed) {
            if (RecordOwners.isIn(object, study)) {
                EObject owner = RecordOwners.of(object);
                String id = Snapshots.idOf(owner);
                EObject before = owners.putIfAbsent(id, owner);
                if (before != null && before != owner) {
                    throw new StoreException("two records share the id '" + id + "'; ids must be unique in a study");
                }
            } else {
                String id = Snapshots.idOf(object);
                String ownerId = records.ownerOf(studyId, id).orElseThrow(() -> new StoreException(
                        object.eClass().getName() + " " + id + " is neither in study " + studyId
                                + " nor stored in it; nothing was saved"));
                if (!owners.containsKey(ownerId)) {
                    owners.put(ownerId, topLevel(ownerId));
                }
            }
        }
        return owners;
    }

    private EObject topLevel(String id) {
        for (EObject object : study.eContents()) {
            if (id.equals(Snapshots.idOf(object))) {
                return object;
            }
        }
        return null;
    }

    /** Writes the records of {@code owner} that differ from what is stored, checking where they refer to. */
    private void write(EObject owner, Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved,
            Set<String> savedOwners, RecordBatch batch) throws SQLException {
        writeOne(owner, stored, saved, savedOwners, batch);
        if (owner == study) {
            return;
        }
        for (TreeIterator<EObject> it = owner.eAllContents(); it.hasNext();) {
            writeOne(it.next(), stored, saved, savedOwners, batch);
        }
    }

    private void writeOne(EObject object, Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved,
            Set<String> savedOwners, RecordBatch batch) throws SQLException {
        String id = Snapshots.idOf(object);
        RecordSnapshot record = saved.get(id);
        RecordSnapshot old = stored.get(id);
        if (record.equals(old)) {
            return;
        }
        if (old != null) {
            batch.delete(id);
        }
        batch.insert(studyId, record);
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference && Snapshots.stored(feature) && object.eIsSet(feature)) {
                Object value = object.eGet(feature);
                for (Object target : feature.isMany() ? (List<?>) value : List.of(value)) {
                    requireSaved(object, id, feature, (EObject) target, savedOwners);
                }
            }
        }
    }

    /** A reference must lead to a record of this study that is saved now or was saved before. */
    private void requireSaved(EObject object, String id, EStructuralFeature feature, EObject target,
            Set<String> savedOwners) throws SQLException {
        String targetId = Snapshots.idOf(target);
        if (!RecordOwners.isIn(target, study)) {
            throw refusal(object, id, feature, targetId, "which is not in study " + studyId);
        }
        if (savedOwners.contains(Snapshots.idOf(RecordOwners.of(target)))) {
            return;
        }
        Boolean stored = storedTargets.get(targetId);
        if (stored == null) {
            stored = records.ownerOf(studyId, targetId).isPresent();
            storedTargets.put(targetId, stored);
        }
        if (!stored) {
            throw refusal(object, id, feature, targetId, "which is not saved; save it first or with this record");
        }
    }

    private static StoreException refusal(EObject object, String id, EStructuralFeature feature, String targetId,
            String why) {
        return new StoreException(object.eClass().getName() + " " + id + " refers in '" + feature.getName() + "' to "
                + targetId + ", " + why + "; nothing was saved");
    }
}
