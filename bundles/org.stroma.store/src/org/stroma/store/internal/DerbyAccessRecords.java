package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;

import org.stroma.store.AccessRecords;
import org.stroma.store.ChangeContext;
import org.stroma.store.DataQuery;
import org.stroma.store.ElectronicSignature;
import org.stroma.store.RecordLock;
import org.stroma.store.StoreException;
import org.stroma.store.Unblinding;
import org.stroma.store.UserAccount;

/** {@link AccessRecords} in the study database's own tables, each write with its audit rows. */
final class DerbyAccessRecords implements AccessRecords {

    private static final String ACCOUNT_TYPE = "UserAccount";
    private static final String ACCOUNT_COLUMNS = "USER_NAME, FULL_NAME, ROLE, SITES, PASSWORD_HASH, "
            + "PASSWORD_CHANGED_AT, FAILED_LOGINS, LOCKED_UNTIL, ACTIVE";
    private static final String SIGNATURE_COLUMNS = "ID, STUDY_ID, TARGET_KIND, TARGET_ID, CONTENT_HASH, USER_NAME, "
            + "PRINTED_NAME, MEANING, SIGNED_AT";
    private static final String QUERY_COLUMNS = "ID, STUDY_ID, RECORD_ID, QUESTION, RAISED_BY, RAISED_AT, STATUS, "
            + "RESPONSE, RESPONDED_BY, RESPONDED_AT";

    private final DerbyStudyDatabase database;
    private final Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    DerbyAccessRecords(DerbyStudyDatabase database) {
        this.database = database;
    }

    private <T> T inTransaction(String failure, DerbyStudyDatabase.ConnectionWork<T> work) {
        return database.inTransaction(failure, work);
    }

    private void audit(Connection connection, String studyId, String user, String reason, RecordChange... changes)
            throws SQLException {
        new AuditLog(connection).append(Arrays.asList(changes), studyId, user, reason, Instant.now());
    }

    @Override
    public List<UserAccount> accounts() {
        return inTransaction("cannot read the user accounts", c -> {
            List<UserAccount> accounts = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT " + ACCOUNT_COLUMNS + " FROM USER_ACCOUNT ORDER BY USER_NAME");
                    ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    accounts.add(account(rs));
                }
            }
            return accounts;
        });
    }

    @Override
    public Optional<UserAccount> account(String userName) {
        return inTransaction("cannot read the account " + userName, c -> read(c, userName));
    }

    private Optional<UserAccount> read(Connection c, String userName) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT " + ACCOUNT_COLUMNS + " FROM USER_ACCOUNT WHERE USER_NAME = ?")) {
            select.setString(1, userName);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(account(rs)) : Optional.empty();
            }
        }
    }

    private UserAccount account(ResultSet rs) throws SQLException {
        String sites = rs.getString(4);
        Timestamp locked = rs.getTimestamp(8, utc);
        return new UserAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                sites.isEmpty() ? List.of() : List.of(sites.split(",")), rs.getString(5),
                rs.getTimestamp(6, utc).toInstant(), rs.getInt(7), locked == null ? null : locked.toInstant(),
                rs.getBoolean(9));
    }

    @Override
    public void saveAccount(UserAccount account, ChangeContext change) {
        inTransaction("cannot save the account " + account.userName() + "; nothing was saved", c -> {
            Optional<UserAccount> before = read(c, account.userName());
            List<RecordChange> changes = new ArrayList<>();
            String id = account.userName();
            if (before.isEmpty()) {
                changes.add(new RecordChange(RecordChange.CREATE, id, ACCOUNT_TYPE, "", null, null));
            }
            UserAccount old = before.orElse(null);
            field(changes, id, "fullName", old == null ? null : old.fullName(), account.fullName());
            field(changes, id, "role", old == null ? null : old.role(), account.role());
            field(changes, id, "sites", old == null ? null : sitesText(old), sitesText(account));
            field(changes, id, "active", old == null ? null : String.valueOf(old.active()),
                    String.valueOf(account.active()));
            if (old == null || !old.passwordHash().equals(account.passwordHash())) {
                changes.add(new RecordChange(RecordChange.SET, id, ACCOUNT_TYPE, "password",
                        old == null ? null : "(previous password)", "(new password)"));
            }
            field(changes, id, "lockedUntil", old == null || old.lockedUntil() == null ? null
                    : old.lockedUntil().toString(), account.lockedUntil() == null ? null
                            : account.lockedUntil().toString());
            if (old == null) {
                insert(c, account);
            } else {
                update(c, account);
            }
            if (!changes.isEmpty()) {
                audit(c, "", change.user(), change.reason(), changes.toArray(RecordChange[]::new));
            }
            return null;
        });
    }

    private static void field(List<RecordChange> changes, String id, String field, String old, String now) {
        if (!Objects.equals(old, now)) {
            changes.add(new RecordChange(RecordChange.SET, id, ACCOUNT_TYPE, field, old, now));
        }
    }

    private static String sitesText(UserAccount account) {
        return String.join(",", account.sites());
    }

    private void insert(Connection c, UserAccount a) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO USER_ACCOUNT (" + ACCOUNT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, a.userName());
            setAccount(insert, a, 2);
            insert.executeUpdate();
        }
    }

    private void update(Connection c, UserAccount a) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE USER_ACCOUNT SET FULL_NAME = ?, ROLE = ?, SITES = ?, "
                + "PASSWORD_HASH = ?, PASSWORD_CHANGED_AT = ?, FAILED_LOGINS = ?, LOCKED_UNTIL = ?, ACTIVE = ? "
                + "WHERE USER_NAME = ?")) {
            setAccount(update, a, 1);
            update.setString(9, a.userName());
            update.executeUpdate();
        }
    }

    private void setAccount(PreparedStatement s, UserAccount a, int from) throws SQLException {
        String sites = sitesText(a);
        if (a.sites().stream().anyMatch(site -> site.contains(",") || site.isBlank())) {
            throw new StoreException("a site code may not be blank or contain a comma: " + a.sites());
        }
        s.setString(from, a.fullName());
        s.setString(from + 1, a.role());
        s.setString(from + 2, sites);
        s.setString(from + 3, a.passwordHash());
        s.setTimestamp(from + 4, Timestamp.from(a.passwordChangedAt()), utc);
        s.setInt(from + 5, a.failedLogins());
        s.setTimestamp(from + 6, a.lockedUntil() == null ? null : Timestamp.from(a.lockedUntil()), utc);
        s.setBoolean(from + 7, a.active());
    }

    @Override
    public void recordLogin(String userName, boolean succeeded, int failedLogins, Instant lockedUntil,
            String detail) {
        inTransaction("cannot record the sign-in of " + userName, c -> {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE USER_ACCOUNT SET FAILED_LOGINS = ?, LOCKED_UNTIL = ? WHERE USER_NAME = ?")) {
                update.setInt(1, failedLogins);
                update.setTimestamp(2, lockedUntil == null ? null : Timestamp.from(lockedUntil), utc);
                update.setString(3, userName);
                update.executeUpdate();
            }
            audit(c, "", userName, "", new RecordChange(succeeded ? LOGIN : LOGIN_FAILED, userName, ACCOUNT_TYPE, "",
                    null, detail));
            return null;
        });
    }

    @Override
    public void recordEvent(String action, String studyId, String target, String detail, ChangeContext change) {
        inTransaction("cannot record the " + action.toLowerCase() + " of " + target, c -> {
            audit(c, studyId, change.user(), change.reason(), new RecordChange(action, target, "Access", "", null,
                    detail));
            return null;
        });
    }

    @Override
    public void sign(ElectronicSignature s) {
        inTransaction("cannot store the signature of " + s.targetId() + "; nothing was signed", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO E_SIGNATURE (" + SIGNATURE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, s.id());
                insert.setString(2, s.studyId());
                insert.setString(3, s.targetKind());
                insert.setString(4, s.targetId());
                insert.setString(5, s.contentHash());
                insert.setString(6, s.userName());
                insert.setString(7, s.printedName());
                insert.setString(8, s.meaning());
                insert.setTimestamp(9, Timestamp.from(s.signedAt()), utc);
                insert.executeUpdate();
            }
            audit(c, s.studyId(), s.userName(), "", new RecordChange(SIGN, s.targetId(), s.targetKind(), s.meaning(),
                    null, s.printedName() + " signed content " + s.contentHash()));
            return null;
        });
    }

    @Override
    public List<ElectronicSignature> signatures(String studyId, String targetId) {
        return inTransaction("cannot read the signatures of " + targetId, c -> {
            List<ElectronicSignature> signatures = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + SIGNATURE_COLUMNS
                    + " FROM E_SIGNATURE WHERE STUDY_ID = ? AND TARGET_ID = ? ORDER BY SIGNED_AT")) {
                select.setString(1, studyId);
                select.setString(2, targetId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        signatures.add(new ElectronicSignature(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                                rs.getTimestamp(9, utc).toInstant()));
                    }
                }
            }
            return signatures;
        });
    }

    @Override
    public Optional<String> contentHash(String studyId, String recordId) {
        return inTransaction("cannot read record " + recordId, c -> {
            RecordTable records = new RecordTable(c);
            Optional<String> owner = records.ownerOf(studyId, recordId);
            if (owner.isEmpty()) {
                return Optional.<String>empty();
            }
            Map<String, RecordSnapshot> owned = records.readOwned(owner.get());
            return Optional.of(ContentHash.of(owned, Set.of(recordId)));
        });
    }

    @Override
    public String visitContentHash(String studyId, String subjectId, String visitId) {
        return inTransaction("cannot read the records of " + subjectId, c -> {
            Map<String, RecordSnapshot> owned = new RecordTable(c).readOwned(subjectId);
            Set<String> roots = new LinkedHashSet<>();
            for (RecordSnapshot record : owned.values()) {
                if (List.of(visitId).equals(record.values().get("visit"))) {
                    roots.add(record.id());
                }
            }
            return ContentHash.of(owned, roots);
        });
    }

    @Override
    public void lock(String studyId, String recordId, ChangeContext change) {
        inTransaction("cannot lock " + recordId, c -> {
            RecordLock existing = LockTable.read(c, studyId).get(recordId);
            if (existing != null) {
                throw new StoreException(recordId + " is already locked by " + existing.lockedBy() + " since "
                        + existing.lockedAt());
            }
            if (new RecordTable(c).ownerOf(studyId, recordId).isEmpty()) {
                throw new StoreException("no record " + recordId + " is stored in study " + studyId);
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO RECORD_LOCK (RECORD_ID, STUDY_ID, LOCKED_BY, LOCKED_AT) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, recordId);
                insert.setString(2, studyId);
                insert.setString(3, change.user());
                insert.setTimestamp(4, Timestamp.from(Instant.now()), utc);
                insert.executeUpdate();
            }
            audit(c, studyId, change.user(), change.reason(), new RecordChange(LOCK, recordId, "Lock", "", null,
                    "locked"));
            return null;
        });
    }

    @Override
    public void unlock(String studyId, String recordId, ChangeContext change) {
        if (change.reason().isEmpty()) {
            throw new StoreException("unlocking " + recordId + " needs a reason; it stays locked");
        }
        inTransaction("cannot unlock " + recordId, c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM RECORD_LOCK WHERE RECORD_ID = ? AND STUDY_ID = ?")) {
                delete.setString(1, recordId);
                delete.setString(2, studyId);
                if (delete.executeUpdate() == 0) {
                    throw new StoreException(recordId + " is not locked");
                }
            }
            audit(c, studyId, change.user(), change.reason(), new RecordChange(UNLOCK, recordId, "Lock", "", "locked",
                    null));
            return null;
        });
    }

    @Override
    public Map<String, RecordLock> locks(String studyId) {
        return inTransaction("cannot read the locks of study " + studyId, c -> LockTable.read(c, studyId));
    }

    @Override
    public void unblind(String studyId, String subjectId, ChangeContext change) {
        if (change.reason().isEmpty()) {
            throw new StoreException("unblinding " + subjectId + " needs a reason; nothing was revealed");
        }
        inTransaction("cannot record the unblinding of " + subjectId, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO UNBLINDING (STUDY_ID, SUBJECT_ID, "
                    + "USER_NAME, UNBLINDED_AT, REASON) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, studyId);
                insert.setString(2, subjectId);
                insert.setString(3, change.user());
                insert.setTimestamp(4, Timestamp.from(Instant.now()), utc);
                insert.setString(5, change.reason());
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
            audit(c, studyId, change.user(), change.reason(), new RecordChange(UNBLIND, subjectId, "Subject", "",
                    null, "allocation revealed to " + change.user()));
            return null;
        });
    }

    @Override
    public List<Unblinding> unblindings(String studyId) {
        return inTransaction("cannot read the unblinding of study " + studyId, c -> {
            List<Unblinding> unblindings = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT SUBJECT_ID, USER_NAME, UNBLINDED_AT, REASON "
                    + "FROM UNBLINDING WHERE STUDY_ID = ? ORDER BY UNBLINDED_AT, SUBJECT_ID")) {
                select.setString(1, studyId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        unblindings.add(new Unblinding(studyId, rs.getString(1), rs.getString(2),
                                rs.getTimestamp(3, utc).toInstant(), rs.getString(4)));
                    }
                }
            }
            return unblindings;
        });
    }

    @Override
    public Set<String> unblindedSubjects(String studyId, String userName) {
        return inTransaction("cannot read the unblinding of study " + studyId, c -> {
            Set<String> subjects = new LinkedHashSet<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT SUBJECT_ID FROM UNBLINDING WHERE STUDY_ID = ? AND USER_NAME = ?")) {
                select.setString(1, studyId);
                select.setString(2, userName);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        subjects.add(rs.getString(1));
                    }
                }
            }
            return subjects;
        });
    }

    @Override
    public DataQuery raiseQuery(String studyId, String recordId, String question, String user) {
        if (question == null || question.isBlank()) {
            throw new StoreException("a query needs its question");
        }
        DataQuery query = new DataQuery("Q-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), studyId,
                recordId, question.strip(), user, Instant.now(), DataQuery.OPEN, null, null, null);
        inTransaction("cannot raise the query on " + recordId, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO DATA_QUERY (" + QUERY_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)")) {
                insert.setString(1, query.id());
                insert.setString(2, studyId);
                insert.setString(3, recordId);
                insert.setString(4, query.question());
                insert.setString(5, user);
                insert.setTimestamp(6, Timestamp.from(query.raisedAt()), utc);
                insert.setString(7, DataQuery.OPEN);
                insert.executeUpdate();
            }
            audit(c, studyId, user, "", new RecordChange(QUERY, recordId, "DataQuery", query.id(), null,
                    query.question()));
            return null;
        });
        return query;
    }

    @Override
    public void answerQuery(String queryId, String response, String user) {
        if (response == null || response.isBlank()) {
            throw new StoreException("an answer to query " + queryId + " cannot be empty");
        }
        moveQuery(queryId, DataQuery.OPEN, DataQuery.ANSWERED, response.strip(), user);
    }

    @Override
    public void closeQuery(String queryId, String user) {
        moveQuery(queryId, null, DataQuery.CLOSED, null, user);
    }

    private void moveQuery(String queryId, String from, String to, String response, String user) {
        inTransaction("cannot update query " + queryId, c -> {
            DataQuery query = query(c, queryId);
            if (DataQuery.CLOSED.equals(query.status()) || (from != null && !from.equals(query.status()))) {
                throw new StoreException("query " + queryId + " is " + query.status().toLowerCase());
            }
            try (PreparedStatement update = c.prepareStatement(response == null
                    ? "UPDATE DATA_QUERY SET STATUS = ? WHERE ID = ?"
                    : "UPDATE DATA_QUERY SET STATUS = ?, RESPONSE = ?, RESPONDED_BY = ?, RESPONDED_AT = ? WHERE ID = ?")) {
                update.setString(1, to);
                if (response == null) {
                    update.setString(2, queryId);
                } else {
                    update.setString(2, response);
                    update.setString(3, user);
                    update.setTimestamp(4, Timestamp.from(Instant.now()), utc);
                    update.setString(5, queryId);
                }
                update.executeUpdate();
            }
            audit(c, query.studyId(), user, "", new RecordChange(QUERY, query.recordId(), "DataQuery", queryId,
                    query.status(), to + (response == null ? "" : ": " + response)));
            return null;
        });
    }

    private DataQuery query(Connection c, String queryId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT " + QUERY_COLUMNS + " FROM DATA_QUERY WHERE ID = ?")) {
            select.setString(1, queryId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no query " + queryId);
                }
                return query(rs);
            }
        }
    }

    private DataQuery query(ResultSet rs) throws SQLException {
        Timestamp responded = rs.getTimestamp(10, utc);
        return new DataQuery(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6, utc).toInstant(), rs.getString(7), rs.getString(8), rs.getString(9),
                responded == null ? null : responded.toInstant());
    }

    @Override
    public List<DataQuery> queries(String studyId) {
        return inTransaction("cannot read the queries of study " + studyId, c -> {
            List<DataQuery> queries = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + QUERY_COLUMNS
                    + " FROM DATA_QUERY WHERE STUDY_ID = ? ORDER BY RAISED_AT")) {
                select.setString(1, studyId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        queries.add(query(rs));
                    }
                }
            }
            return queries;
        });
    }
}
