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
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudySummary;

/** A study database open on one Derby connection; each write commits or rolls back whole. */
final class DerbyStudyDatabase implements StudyDatabase {

    private static final String STUDY_COLUMNS =
            "ID, ACRONYM, TITLE, DESIGN, REGISTRY_ID, PLANNED_SUBJECTS, SYNTHETIC";

    private final Path folder;
    private final Path database;
    private final Connection connection;
    private final Driver driver;
    private final int schemaVersion;

    DerbyStudyDatabase(Path folder, Path database, Connection connection, Driver driver) throws SQLException {
        this.folder = folder;
        this.database = database;
        this.connection = connection;
        this.driver = driver;
        try {
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

    @Override
    public synchronized void addStudies(List<StudySummary> studies) {
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
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            if ("23505".equals(e.getSQLState())) {
                throw new StoreException("a study with id '" + current + "' already exists; nothing was saved", e);
            }
            throw failure("cannot save study " + current + "; nothing was saved", e);
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

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " in " + folder + ": " + DerbyErrors.describe(e), e);
    }
}
