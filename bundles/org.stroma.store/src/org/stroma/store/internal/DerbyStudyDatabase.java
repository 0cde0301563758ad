package org.stroma.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.SubjectState;
import org.stroma.store.AuditEntry;
import org.stroma.store.AuditVerification;
import org.stroma.store.AccessRecords;
import org.stroma.store.BackupSummary;
import org.stroma.store.ChangeContext;
import org.stroma.store.DatabaseKey;
import org.stroma.store.RandomizationRecords;
import org.stroma.store.SaveRules;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudySummary;
import org.stroma.store.SubjectCounts;

/** A study database open on one Derby connection; each write commits or rolls back whole. */
final class DerbyStudyDatabase implements StudyDatabase {

    private static final String STUDY_COLUMNS =
            "ID, ACRONYM, TITLE, DESIGN, REGISTRY_ID, PLANNED_SUBJECTS, SYNTHETIC";

    private final Path folder;
    private final Path database;
    private final Connection connection;
    private final Driver driver;
    private final int schemaVersion;
    private final boolean audited;
    private final DerbyAccessRecords access;
    private final DerbyRandomizationRecords randomization;

    DerbyStudyDatabase(Path folder, Path database, Connection connection, Driver driver, DatabaseKey key)
            throws SQLException {
        this(folder, database, connection, driver, key, true);
    }

    /**
     * @param audited false only to measure what the audit trail costs: saves then write no
     *                audit rows. Not reachable from outside this package.
     */
    DerbyStudyDatabase(Path folder, Path database, Connection connection, Driver driver, DatabaseKey key,
            boolean audited) throws SQLException {
        this.folder = folder;
        this.database = database;
        this.connection = connection;
        this.driver = driver;
        this.audited = audited;
        this.access = new DerbyAccessRecords(this);
        this.randomization = new DerbyRandomizationRecords(this, key);
        try {
            DerbySettings.apply(connection);
            this.schemaVersion = SchemaMigrations.migrate(connection);
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public synchronized List<StudySummary> studies() {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + STUDY_COLUMNS + " FROM STUDY ORDER BY ID");
                ResultSet rs = select.executeQuery()) {
            List<StudySummary> studies = new ArrayList<>();
            while (rs.next()) {
                studies.add(readStudy(rs));
            }
            connection.commit();
            return studies;
        } catch (SQLException e) {
            throw failure("cannot read the studies", e);
        }
    }

    @Override
    public synchronized Optional<StudySummary> study(String id) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + STUDY_COLUMNS + " FROM STUDY WHERE ID = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                Optional<StudySummary> study = rs.next() ? Optional.of(readStudy(rs)) : Optional.empty();
                connection.commit();
                return study;
            }
        } catch (SQLException e) {
            throw failure("cannot read study " + id, e);
        }
    }

    /** Inserts register entries in the caller's transaction; a duplicate id names the study. */
    private void insertStudies(List<StudySummary> studies) throws SQLException {
        String current = "";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO STUDY (" + STUDY_COLUMNS
                + ", CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StudySummary study : studies) {
                current = study.id();
                insert.setString(1, study.id());
                insert.setString(2, study.acronym());
                insert.setString(3, study.title());
                insert.setString(4, study.design());
                insert.setString(5, study.registryId());
                insert.setInt(6, study.plannedSubjects());
                insert.setBoolean(7, study.synthetic());
                insert.setTimestamp(8, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                rollbackQuietly();
                throw new StoreException("a study with id '" + current + "' already exists; nothing was saved", e);
            }
            throw e;
        }
    }

    @Override
    public synchronized void saveStudy(Study study, ChangeContext change, SaveRules rules) {
        String studyId = Snapshots.idOf(study);
        inTransaction("cannot save study " + studyId + "; nothing was saved", () -> {
            RecordTable records = new RecordTable(connection);
            SaveChecks checks = new SaveChecks(connection, studyId, rules);
            Map<String, RecordSnapshot> stored = records.read(studyId);
            Map<String, RecordSnapshot> saved = checks.restore(stored, Snapshots.of(study));
            List<RecordChange> changes = StudyDiff.between(stored, saved);
            if (changes.isEmpty() && stored.equals(saved)) {
                return;
            }
            ReasonForChange.require(changes, change);
            checks.check(changes, stored, saved);
            records.write(studyId, stored, saved);
            writeRegisterEntry(RegisterEntries.of(study), stored.isEmpty());
            if (audited) {
                new AuditLog(connection).append(changes, studyId, change.user(), change.reason(), Instant.now());
            }
        });
    }

    @Override
    public synchronized void saveRecords(Study study, Collection<? extends EObject> changed, ChangeContext change,
            SaveRules rules) {
        String studyId = Snapshots.idOf(study);
        inTransaction("cannot save study " + studyId + "; nothing was saved",
                () -> saveRecordsInTransaction(study, changed, change, rules));
    }

    /** Saves records within the caller's transaction, for writes that must commit with them. */
    void saveRecordsInTransaction(Study study, Collection<? extends EObject> changed, ChangeContext change)
            throws SQLException {
        saveRecordsInTransaction(study, changed, change, SaveRules.NONE);
    }

    private void saveRecordsInTransaction(Study study, Collection<? extends EObject> changed, ChangeContext change,
            SaveRules rules) throws SQLException {
        SaveChecks checks = new SaveChecks(connection, Snapshots.idOf(study), rules);
        if (new SubtreeSave(connection, study, audited, checks).save(changed, change)) {
            writeRegisterEntry(RegisterEntries.of(study), false);
        }
    }

    private void writeRegisterEntry(StudySummary entry, boolean firstSave) throws SQLException {
        if (!firstSave) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE STUDY SET ACRONYM = ?, TITLE = ?, "
                    + "DESIGN = ?, REGISTRY_ID = ?, PLANNED_SUBJECTS = ?, SYNTHETIC = ? WHERE ID = ?")) {
                update.setString(1, entry.acronym());
                update.setString(2, entry.title());
                update.setString(3, entry.design());
                update.setString(4, entry.registryId());
                update.setInt(5, entry.plannedSubjects());
                update.setBoolean(6, entry.synthetic());
                update.setString(7, entry.id());
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
        }
        insertStudies(List.of(entry));
    }

    @Override
    public synchronized Optional<Study> loadStudy(String id) {
        try {
            StudyAssembler assembler = new StudyAssembler();
            new RecordTable(connection).read(id, assembler);
            connection.commit();
            if (assembler.isEmpty()) {
                return Optional.empty();
            }
            if (!(assembler.assemble() instanceof Study study)) {
                throw new StoreException("the record stored as study " + id + " is not a study");
            }
            return Optional.of(study);
        } catch (SQLException e) {
            throw failure("cannot read study " + id, e);
        }
    }

    @Override
    public synchronized SubjectCounts subjectCounts(String studyId) {
        try (PreparedStatement screened = connection.prepareStatement(
                "SELECT COUNT(*) FROM STUDY_RECORD WHERE STUDY_ID = ? AND RECORD_TYPE = ?");
                PreparedStatement enrolled = connection.prepareStatement("SELECT COUNT(*) FROM STUDY_RECORD r "
                        + "JOIN RECORD_VALUE v ON v.RECORD_ID = r.ID WHERE r.STUDY_ID = ? AND r.RECORD_TYPE = ? "
                        + "AND v.FIELD = 'state' AND v.VALUE_TEXT = ?")) {
            screened.setString(1, studyId);
            screened.setString(2, Snapshots.typeOf(StudyPackage.Literals.SUBJECT));
            enrolled.setString(1, studyId);
            enrolled.setString(2, Snapshots.typeOf(StudyPackage.Literals.SUBJECT_EVENT));
            enrolled.setString(3, SubjectState.ENROLLED.getLiteral());
            SubjectCounts counts = new SubjectCounts(count(screened), count(enrolled));
            connection.commit();
            return counts;
        } catch (SQLException e) {
            throw failure("cannot count the subjects of study " + studyId, e);
        }
    }

    private static int count(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public synchronized List<AuditEntry> auditTrail(String objectOrStudyId) {
        try {
            List<AuditEntry> entries = new AuditLog(connection).read(objectOrStudyId);
            connection.commit();
            return entries;
        } catch (SQLException e) {
            throw failure("cannot read the audit trail of " + objectOrStudyId, e);
        }
    }

    @Override
    public synchronized AuditVerification verifyAudit() {
        try {
            AuditVerification verification = new AuditLog(connection).verify();
            connection.commit();
            return verification;
        } catch (SQLException e) {
            throw failure("cannot read the audit trail", e);
        }
    }

    @Override
    public RandomizationRecords randomization() {
        return randomization;
    }

    @Override
    public AccessRecords access() {
        return access;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public synchronized BackupSummary backup(Path file, ChangeContext change) {
        access.recordEvent(AccessRecords.BACKUP, "", file.toString(), "", change);
        Path copy = null;
        try {
            copy = java.nio.file.Files.createTempDirectory("stroma-backup");
            try (PreparedStatement backup = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, copy.toString());
                backup.execute();
            }
            connection.commit();
            int files = BackupArchive.pack(copy.resolve(database.getFileName()), file);
            return new BackupSummary(file, files, schemaVersion, verifyAudit());
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("cannot back up the database to " + file, e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot back up the database to " + file + ": " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                BackupArchive.deleteQuietly(copy);
            }
        }
    }

    /** Derby's consistency check of every table of the study database. */
    synchronized void checkTables() {
        try (PreparedStatement tables = connection.prepareStatement(
                "SELECT TABLENAME FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID "
                        + "WHERE t.TABLETYPE = 'T' AND s.SCHEMANAME = CURRENT SCHEMA");
                ResultSet rs = tables.executeQuery();
                PreparedStatement check = connection.prepareStatement(
                        "VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(CURRENT SCHEMA, ?)")) {
            while (rs.next()) {
                check.setString(1, rs.getString(1));
                try (ResultSet result = check.executeQuery()) {
                    result.next();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure("the database failed its consistency check", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            // Closing is best effort; the shutdown below releases the files either way.
        }
        shutdown();
    }

    /** Shuts this database down so its files are released and fully written. */
    private void shutdown() {
        try {
            driver.connect("jdbc:derby:" + database + ";shutdown=true", new Properties());
        } catch (SQLException e) {
            // Derby reports a successful shutdown as SQL state 08006.
            if (!"08006".equals(e.getSQLState())) {
                throw failure("cannot close the study database", e);
            }
        }
    }

    private static StudySummary readStudy(ResultSet rs) throws SQLException {
        return new StudySummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(6), rs.getBoolean(7));
    }

    /** Work on the connection that commits whole or, on any failure, rolls back whole. */
    interface TransactionWork {
        void run() throws SQLException;
    }

    /** Work on the connection that gives back a value, committed or rolled back whole. */
    interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one transaction under this database's lock and returns its value. */
    <T> T inTransaction(String failureMessage, ConnectionWork<T> work) {
        List<T> result = new ArrayList<>(1);
        inTransaction(failureMessage, () -> result.add(work.run(connection)));
        return result.get(0);
    }

    /** Runs {@code work} in one transaction under this database's lock. */
    synchronized void inTransaction(String failureMessage, TransactionWork work) {
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw failure(failureMessage, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + folder + ": " + DerbyErrors.describe(e), e);
    }

    @Override
    public synchronized void importStudy(Study study, List<AuditEntry> history, String source, ChangeContext change) {
        String studyId = Snapshots.idOf(study);
        inTransaction("cannot import study " + studyId + "; nothing was imported", () -> {
            RecordTable records = new RecordTable(connection);
            if (!records.read(studyId).isEmpty()) {
                throw new StoreException("a study with id '" + studyId + "' already exists; nothing was imported");
            }
            records.write(studyId, Map.of(), Snapshots.of(study));
            insertStudies(List.of(RegisterEntries.of(study)));
            new ImportedHistory(connection).append(studyId, history, source, change, Instant.now());
        });
    }
}
