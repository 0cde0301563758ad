package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Study;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.AllocationRecord;
import org.stroma.store.ChangeContext;
import org.stroma.store.DatabaseKey;
import org.stroma.store.RandomizationRecords;
import org.stroma.store.StoreException;

/** Allocation lists (sealed) and allocations in the study database's tables. */
final class DerbyRandomizationRecords implements RandomizationRecords {

    private static final String LIST_COLUMNS =
            "STUDY_ID, LIST_ID, PURPOSE, DESCRIPTION, SALT, NONCE, SEALED_CONTENT, CREATED_BY, CREATED_AT";
    private static final String ALLOCATION_COLUMNS = "STUDY_ID, SUBJECT_ID, LIST_ID, STRATUM, SEQUENCE_NUMBER, "
            + "ARM_ID, SOURCE, DETAIL, RANDOMIZED_BY, RANDOMIZED_AT";

    private final DerbyStudyDatabase database;
    private final ListSeal seal;
    private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    DerbyRandomizationRecords(DerbyStudyDatabase database, DatabaseKey key) {
        this.database = database;
        this.seal = new ListSeal(key);
    }

    private <T> T inTransaction(String failure, DerbyStudyDatabase.ConnectionWork<T> work) {
        return database.inTransaction(failure, work);
    }

    private static String boundTo(String studyId, String purpose, String listId) {
        return studyId + "/" + purpose + "/" + listId;
    }

    @Override
    public void saveList(AllocationListRecord list, ChangeContext change) {
        inTransaction("cannot store the allocation list " + list.purpose() + " of study " + list.studyId()
                + "; nothing was stored", c -> {
            Optional<AllocationListRecord> replaced = readList(c, list.studyId(), list.purpose());
            if (replaced.isPresent()) {
                int used = countAllocations(c, replaced.get().listId());
                if (used > 0) {
                    throw new StoreException("the " + list.purpose() + " allocation list of study " + list.studyId()
                            + " cannot be replaced: " + used + " subject(s) have been allocated from it");
                }
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM ALLOCATION_LIST WHERE LIST_ID = ?")) {
                    delete.setString(1, replaced.get().listId());
                    delete.executeUpdate();
                }
            }
            ListSeal.Sealed sealed = seal.seal(list.content(), boundTo(list.studyId(), list.purpose(), list.listId()));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ALLOCATION_LIST (" + LIST_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, list.studyId());
                insert.setString(2, list.listId());
                insert.setString(3, list.purpose());
                insert.setString(4, list.description());
                insert.setString(5, sealed.salt());
                insert.setString(6, sealed.nonce());
                insert.setBytes(7, sealed.ciphertext());
                insert.setString(8, list.createdBy());
                insert.setTimestamp(9, Timestamp.from(list.createdAt()), utc);
                insert.executeUpdate();
            }
            new AuditLog(c).append(List.of(new RecordChange(PLAN, list.listId(), "AllocationList", list.purpose(),
                    replaced.map(AllocationListRecord::description).orElse(null), list.description())),
                    list.studyId(), change.user(), change.reason(), Instant.now());
            return null;
        });
    }

    @Override
    public List<AllocationListRecord> lists(String studyId) {
        return inTransaction("cannot read the allocation lists of study " + studyId, c -> {
            List<AllocationListRecord> lists = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + LIST_COLUMNS
                    + " FROM ALLOCATION_LIST WHERE STUDY_ID = ? ORDER BY PURPOSE")) {
                select.setString(1, studyId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        lists.add(list(rs));
                    }
                }
            }
            return lists;
        });
    }

    @Override
    public Optional<AllocationListRecord> list(String studyId, String purpose) {
        return inTransaction("cannot read the allocation list " + purpose + " of study " + studyId,
                c -> readList(c, studyId, purpose));
    }

    private Optional<AllocationListRecord> readList(Connection c, String studyId, String purpose) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + LIST_COLUMNS
                + " FROM ALLOCATION_LIST WHERE STUDY_ID = ? AND PURPOSE = ?")) {
            select.setString(1, studyId);
            select.setString(2, purpose);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(list(rs)) : Optional.empty();
            }
        }
    }

    private AllocationListRecord list(ResultSet rs) throws SQLException {
        String studyId = rs.getString(1);
        String listId = rs.getString(2);
        String purpose = rs.getString(3);
        String content = seal.open(new ListSeal.Sealed(rs.getString(5), rs.getString(6), rs.getBytes(7)),
                boundTo(studyId, purpose, listId));
        return new AllocationListRecord(studyId, listId, purpose, rs.getString(4), content, rs.getString(8),
                rs.getTimestamp(9, utc).toInstant());
    }

    private static int countAllocations(Connection c, String listId) throws SQLException {
        try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM ALLOCATION WHERE LIST_ID = ?")) {
            count.setString(1, listId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Override
    public void allocate(AllocationRecord a, Study study, Collection<? extends EObject> changed, ChangeContext change) {
        inTransaction("cannot allocate " + a.subjectId() + "; nothing was saved", c -> {
            Optional<AllocationRecord> earlier = readAllocation(c, a.studyId(), a.subjectId());
            if (earlier.isPresent()) {
                throw new StoreException(a.subjectId() + " was randomized already, on " + earlier.get().randomizedAt()
                        + " by " + earlier.get().randomizedBy() + "; an allocation is final");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO ALLOCATION (" + ALLOCATION_COLUMNS
                    + ", ALLOCATION_ORDER) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "(SELECT COALESCE(MAX(ALLOCATION_ORDER), 0) + 1 FROM ALLOCATION WHERE STUDY_ID = ?))")) {
                insert.setString(1, a.studyId());
                insert.setString(2, a.subjectId());
                insert.setString(3, a.listId());
                insert.setString(4, a.stratum());
                insert.setInt(5, a.sequence());
                insert.setString(6, a.armId());
                insert.setString(7, a.source());
                insert.setString(8, a.detail());
                insert.setString(9, a.randomizedBy());
                insert.setTimestamp(10, Timestamp.from(a.randomizedAt()), utc);
                insert.setString(11, a.studyId());
                insert.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw new StoreException("entry " + a.sequence() + " of stratum " + a.stratum()
                            + " of the allocation list has been used already; nothing was saved", e);
                }
                throw e;
            }
            database.saveRecordsInTransaction(study, changed, change);
            new AuditLog(c).append(List.of(new RecordChange(RANDOMIZE, a.subjectId(), "Subject", "allocation", null,
                    "randomized (" + a.source() + ", stratum " + a.stratum() + ", number " + a.sequence() + ")")),
                    a.studyId(), change.user(), change.reason(), Instant.now());
            return null;
        });
    }

    @Override
    public List<AllocationRecord> allocations(String studyId) {
        return inTransaction("cannot read the allocations of study " + studyId, c -> {
            List<AllocationRecord> allocations = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + ALLOCATION_COLUMNS
                    + " FROM ALLOCATION WHERE STUDY_ID = ? ORDER BY ALLOCATION_ORDER")) {
                select.setString(1, studyId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        allocations.add(allocation(rs));
                    }
                }
            }
            return allocations;
        });
    }

    @Override
    public Optional<AllocationRecord> allocation(String studyId, String subjectId) {
        return inTransaction("cannot read the allocation of " + subjectId, c -> readAllocation(c, studyId, subjectId));
    }

    private Optional<AllocationRecord> readAllocation(Connection c, String studyId, String subjectId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + ALLOCATION_COLUMNS
                + " FROM ALLOCATION WHERE STUDY_ID = ? AND SUBJECT_ID = ?")) {
            select.setString(1, studyId);
            select.setString(2, subjectId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(allocation(rs)) : Optional.empty();
            }
        }
    }

    private AllocationRecord allocation(ResultSet rs) throws SQLException {
        return new AllocationRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getTimestamp(10, utc).toInstant());
    }
}
