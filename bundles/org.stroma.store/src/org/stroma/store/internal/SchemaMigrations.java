package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The schema's history. A database is migrated forward on open, one step per transaction,
 * and each applied step is recorded in SCHEMA_VERSION. Steps are only ever appended.
 */
final class SchemaMigrations {

    /** A piece of a step's work, done in the step's transaction. */
    @FunctionalInterface
    interface Work {
        void apply(Connection connection) throws SQLException;
    }

    record Step(int version, String description, List<Work> work) {

        /** A step made of SQL statements alone. */
        static Step sql(int version, String description, List<String> statements) {
            return new Step(version, description, statements.stream().map(Step::statement).toList());
        }

        static Work statement(String sql) {
            return connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            };
        }
    }

    static final List<Step> STEPS = List.of(
            Step.sql(1, "study register", List.of(
                    """
                    CREATE TABLE STUDY (
                      ID VARCHAR(64) NOT NULL PRIMARY KEY,
                      ACRONYM VARCHAR(64) NOT NULL,
                      TITLE VARCHAR(1000) NOT NULL,
                      DESIGN VARCHAR(200) NOT NULL,
                      REGISTRY_ID VARCHAR(64) NOT NULL,
                      PLANNED_SUBJECTS INTEGER NOT NULL,
                      SYNTHETIC BOOLEAN NOT NULL,
                      CREATED_AT TIMESTAMP NOT NULL)
                    """)),
            Step.sql(2, "study records and audit trail", List.of(
                    """
                    CREATE TABLE STUDY_RECORD (
                      ID VARCHAR(128) NOT NULL PRIMARY KEY,
                      STUDY_ID VARCHAR(64) NOT NULL,
                      RECORD_TYPE VARCHAR(400) NOT NULL,
                      CONTAINER_ID VARCHAR(128),
                      CONTAINER_FEATURE VARCHAR(128),
                      POSITION INTEGER NOT NULL)
                    """,
                    "CREATE INDEX STUDY_RECORD_STUDY ON STUDY_RECORD (STUDY_ID)",
                    """
                    CREATE TABLE RECORD_VALUE (
                      RECORD_ID VARCHAR(128) NOT NULL,
                      FIELD VARCHAR(128) NOT NULL,
                      POSITION INTEGER NOT NULL,
                      VALUE_TEXT VARCHAR(32000),
                      PRIMARY KEY (RECORD_ID, FIELD, POSITION))
                    """,
                    """
                    CREATE TABLE AUDIT_TRAIL (
                      SEQUENCE_NO BIGINT NOT NULL PRIMARY KEY,
                      RECORDED_AT TIMESTAMP NOT NULL,
                      USER_NAME VARCHAR(128) NOT NULL,
                      ACTION VARCHAR(16) NOT NULL,
                      STUDY_ID VARCHAR(64) NOT NULL,
                      OBJECT_ID VARCHAR(128) NOT NULL,
                      RECORD_TYPE VARCHAR(128) NOT NULL,
                      FIELD VARCHAR(128) NOT NULL,
                      OLD_VALUE VARCHAR(32000),
                      NEW_VALUE VARCHAR(32000),
                      REASON VARCHAR(2000) NOT NULL,
                      PREVIOUS_HASH CHAR(64) NOT NULL,
                      ENTRY_HASH CHAR(64) NOT NULL)
                    """,
                    "CREATE INDEX AUDIT_TRAIL_OBJECT ON AUDIT_TRAIL (OBJECT_ID)",
                    "CREATE INDEX AUDIT_TRAIL_STUDY ON AUDIT_TRAIL (STUDY_ID)")),
            new Step(3, "each record's top-level owner, so a subject is read and saved without the rest", List.of(
                    Step.statement("ALTER TABLE STUDY_RECORD ADD COLUMN OWNER_ID VARCHAR(128)"),
                    RecordOwners::fill,
                    Step.statement("ALTER TABLE STUDY_RECORD ALTER COLUMN OWNER_ID NOT NULL"),
                    Step.statement("CREATE INDEX STUDY_RECORD_OWNER ON STUDY_RECORD (OWNER_ID)"))),
            Step.sql(4, "user accounts, electronic signatures, record locks, unblinding and data queries", List.of(
                    """
                    CREATE TABLE USER_ACCOUNT (
                      USER_NAME VARCHAR(64) NOT NULL PRIMARY KEY,
                      FULL_NAME VARCHAR(200) NOT NULL,
                      ROLE VARCHAR(40) NOT NULL,
                      SITES VARCHAR(2000) NOT NULL,
                      PASSWORD_HASH VARCHAR(400) NOT NULL,
                      PASSWORD_CHANGED_AT TIMESTAMP NOT NULL,
                      FAILED_LOGINS INTEGER NOT NULL,
                      LOCKED_UNTIL TIMESTAMP,
                      ACTIVE BOOLEAN NOT NULL)
                    """,
                    """
                    CREATE TABLE E_SIGNATURE (
                      ID VARCHAR(64) NOT NULL PRIMARY KEY,
                      STUDY_ID VARCHAR(64) NOT NULL,
                      TARGET_KIND VARCHAR(16) NOT NULL,
                      TARGET_ID VARCHAR(300) NOT NULL,
                      CONTENT_HASH CHAR(64) NOT NULL,
                      USER_NAME VARCHAR(64) NOT NULL,
                      PRINTED_NAME VARCHAR(200) NOT NULL,
                      MEANING VARCHAR(32) NOT NULL,
                      SIGNED_AT TIMESTAMP NOT NULL)
                    """,
                    "CREATE INDEX E_SIGNATURE_TARGET ON E_SIGNATURE (STUDY_ID, TARGET_ID)",
                    """
                    CREATE TABLE RECORD_LOCK (
                      RECORD_ID VARCHAR(128) NOT NULL PRIMARY KEY,
                      STUDY_ID VARCHAR(64) NOT NULL,
                      LOCKED_BY VARCHAR(64) NOT NULL,
                      LOCKED_AT TIMESTAMP NOT NULL)
                    """,
                    "CREATE INDEX RECORD_LOCK_STUDY ON RECORD_LOCK (STUDY_ID)",
                    """
                    CREATE TABLE UNBLINDING (
                      STUDY_ID VARCHAR(64) NOT NULL,
                      SUBJECT_ID VARCHAR(128) NOT NULL,
                      USER_NAME VARCHAR(64) NOT NULL,
                      UNBLINDED_AT TIMESTAMP NOT NULL,
                      REASON VARCHAR(2000) NOT NULL,
                      PRIMARY KEY (STUDY_ID, SUBJECT_ID, USER_NAME))
                    """,
                    """
                    CREATE TABLE DATA_QUERY (
                      ID VARCHAR(64) NOT NULL PRIMARY KEY,
                      STUDY_ID VARCHAR(64) NOT NULL,
                      RECORD_ID VARCHAR(128) NOT NULL,
                      QUESTION VARCHAR(4000) NOT NULL,
                      RAISED_BY VARCHAR(64) NOT NULL,
                      RAISED_AT TIMESTAMP NOT NULL,
                      STATUS VARCHAR(16) NOT NULL,
                      RESPONSE VARCHAR(4000),
                      RESPONDED_BY VARCHAR(64),
                      RESPONDED_AT TIMESTAMP)
                    """,
                    "CREATE INDEX DATA_QUERY_STUDY ON DATA_QUERY (STUDY_ID)")),
            Step.sql(5, "randomization: sealed allocation lists and the allocations made from them", List.of(
                    "ALTER TABLE AUDIT_TRAIL ALTER COLUMN ACTION SET DATA TYPE VARCHAR(32)",
                    """
                    CREATE TABLE ALLOCATION_LIST (
                      LIST_ID VARCHAR(64) NOT NULL PRIMARY KEY,
                      STUDY_ID VARCHAR(64) NOT NULL,
                      PURPOSE VARCHAR(200) NOT NULL,
                      DESCRIPTION VARCHAR(2000) NOT NULL,
                      SALT CHAR(32) NOT NULL,
                      NONCE CHAR(24) NOT NULL,
                      SEALED_CONTENT BLOB(64M) NOT NULL,
                      CREATED_BY VARCHAR(64) NOT NULL,
                      CREATED_AT TIMESTAMP NOT NULL)
                    """,
                    "CREATE UNIQUE INDEX ALLOCATION_LIST_PURPOSE ON ALLOCATION_LIST (STUDY_ID, PURPOSE)",
                    """
                    CREATE TABLE ALLOCATION (
                      STUDY_ID VARCHAR(64) NOT NULL,
                      SUBJECT_ID VARCHAR(128) NOT NULL,
                      LIST_ID VARCHAR(64) NOT NULL,
                      STRATUM VARCHAR(500) NOT NULL,
                      SEQUENCE_NUMBER INTEGER NOT NULL,
                      ARM_ID VARCHAR(128) NOT NULL,
                      SOURCE VARCHAR(32) NOT NULL,
                      DETAIL VARCHAR(4000) NOT NULL,
                      RANDOMIZED_BY VARCHAR(64) NOT NULL,
                      RANDOMIZED_AT TIMESTAMP NOT NULL,
                      ALLOCATION_ORDER INTEGER NOT NULL,
                      PRIMARY KEY (STUDY_ID, SUBJECT_ID))
                    """,
                    "CREATE UNIQUE INDEX ALLOCATION_ENTRY ON ALLOCATION (LIST_ID, STRATUM, SEQUENCE_NUMBER)")));

    static final int CURRENT = STEPS.get(STEPS.size() - 1).version();

    private SchemaMigrations() {
    }

    /** Applies every step newer than the database's version; returns the version reached. */
    static int migrate(Connection connection) throws SQLException {
        ensureVersionTable(connection);
        int version = currentVersion(connection);
        if (version > CURRENT) {
            throw new SQLException("the database has schema version " + version
                    + ", newer than this Stroma Workbench understands (" + CURRENT + "); use a newer release");
        }
        for (Step step : STEPS) {
            if (step.version() > version) {
                apply(connection, step);
                version = step.version();
            }
        }
        return version;
    }

    private static void apply(Connection connection, Step step) throws SQLException {
        try {
            for (Work work : step.work()) {
                work.apply(connection);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (VERSION, DESCRIPTION, APPLIED_AT) VALUES (?, ?, ?)")) {
                insert.setInt(1, step.version());
                insert.setString(2, step.description());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, "SCHEMA_VERSION", null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SCHEMA_VERSION (VERSION INTEGER NOT NULL PRIMARY KEY, "
                    + "DESCRIPTION VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
            connection.commit();
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_VERSION")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
