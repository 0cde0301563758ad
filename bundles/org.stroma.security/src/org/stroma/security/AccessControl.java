package org.stroma.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.stroma.security.internal.PasswordHasher;
import org.stroma.store.AccessRecords;
import org.stroma.store.StudyDatabase;
import org.stroma.store.UserAccount;

/**
 * Signs users in to a study database and opens what they may reach. A DS service.
 *
 * <p>A failed sign-in says only that the name or password is wrong, whichever it was; after
 * {@link SecurityPolicy#maximumFailedLogins()} failures in a row the account is locked for
 * {@link SecurityPolicy#lockout()}. Every attempt is in the audit trail.
 *
 * @since 0.1
 */
@Component(service = AccessControl.class)
public final class AccessControl {

    private static final String WRONG = "the user name or password is wrong";

    private final PasswordHasher hasher = new PasswordHasher();
    private final SecurityPolicy policy;

    public AccessControl() {
        this(SecurityPolicy.STANDARD);
    }

    public AccessControl(SecurityPolicy policy) {
        this.policy = policy;
    }

    public SecurityPolicy policy() {
        return policy;
    }

    /** Whether the database has any account yet; until it has, only a first administrator can be made. */
    public boolean hasAccounts(StudyDatabase database) {
        return !database.access().accounts().isEmpty();
    }

    /**
     * Makes the first account of a database, an administrator, and signs it in.
     *
     * @throws AccessDeniedException when the database has accounts already
     * @throws IllegalArgumentException when the password breaks the rules
     */
    public UserSession createFirstAdministrator(StudyDatabase database, String userName, String fullName,
            char[] password) {
        if (hasAccounts(database)) {
            throw new AccessDeniedException("this database has user accounts already; an administrator adds users");
        }
        UserAccount account = newAccount(userName, fullName, Role.ADMINISTRATOR, List.of(), password);
        database.access().saveAccount(account, new org.stroma.store.ChangeContext(userName, "first administrator"));
        return signIn(database, userName, password);
    }

    /**
     * Checks the password and opens a session.
     *
     * @throws AccessDeniedException when the name or password is wrong, the account is locked or
     *                               deactivated
     */
    public UserSession signIn(StudyDatabase database, String userName, char[] password) {
        AccessRecords records = database.access();
        Optional<UserAccount> found = records.account(userName.strip());
        if (found.isEmpty()) {
            hasher.hash(password); // the same time as a known name, so timing tells nothing
            records.recordLogin(userName.strip(), false, 0, null, "unknown user");
            throw new AccessDeniedException(WRONG);
        }
        UserAccount account = checkPassword(records, found.get(), password);
        records.recordLogin(account.userName(), true, 0, null, "signed in");
        return new UserSession(account, Instant.now());
    }

    /**
     * Asks for the signed-in user's password again (to sign, or after the session was idle); a
     * wrong one counts towards the lockout like a failed sign-in.
     */
    public void confirmPassword(StudyDatabase database, UserSession session, char[] password) {
        AccessRecords records = database.access();
        UserAccount account = records.account(session.userName())
                .orElseThrow(() -> new AccessDeniedException(session.userName() + " no longer has an account"));
        checkPassword(records, account, password);
    }

    private UserAccount checkPassword(AccessRecords records, UserAccount account, char[] password) {
        Instant now = Instant.now();
        if (!account.active()) {
            records.recordLogin(account.userName(), false, account.failedLogins(), account.lockedUntil(),
                    "account deactivated");
            throw new AccessDeniedException("the account " + account.userName() + " is deactivated");
        }
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            records.recordLogin(account.userName(), false, account.failedLogins(), account.lockedUntil(),
                    "account locked");
            throw new AccessDeniedException("the account " + account.userName() + " is locked until "
                    + account.lockedUntil() + " (UTC) after " + account.failedLogins()
                    + " failed sign-ins; an administrator can unlock it");
        }
        if (!hasher.matches(password, account.passwordHash())) {
            int failed = account.failedLogins() + 1;
            Instant lockedUntil = failed >= policy.maximumFailedLogins() ? now.plus(policy.lockout()) : null;
            records.recordLogin(account.userName(), false, failed, lockedUntil,
                    lockedUntil == null ? "wrong password" : "wrong password; account locked until " + lockedUntil);
            throw new AccessDeniedException(lockedUntil == null ? WRONG
                    : WRONG + "; after " + failed + " failed sign-ins the account is locked until " + lockedUntil
                            + " (UTC)");
        }
        return account;
    }

    /** Records that the user signed out or the session ended. */
    public void signOut(StudyDatabase database, UserSession session, String why) {
        database.access().recordEvent(AccessRecords.LOGOUT, "", session.userName(), why, session.change(""));
    }

    /** Study data as {@code session}'s user may see and change it. */
    public StudyAccess studies(StudyDatabase database, UserSession session) {
        return new StudyAccess(database, session, this);
    }

    /** Account administration, for administrators (and each user's own password). */
    public UserAdministration users(StudyDatabase database, UserSession session) {
        return new UserAdministration(database, session, this);
    }

    UserAccount newAccount(String userName, String fullName, Role role, List<String> sites, char[] password) {
        String name = userName == null ? "" : userName.strip();
        if (!name.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("a user name has 2 to 64 letters, digits, dots, hyphens or "
                    + "underscores: '" + userName + "'");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("the account " + name + " needs the user's full name, which "
                    + "signatures print");
        }
        requireGoodPassword(name, password);
        return new UserAccount(name, fullName.strip(), role.name(), sites, hasher.hash(password), Instant.now(), 0,
                null, true);
    }

    void requireGoodPassword(String userName, char[] password) {
        List<String> problems = policy.passwordProblems(userName, password);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the password is not accepted: " + String.join("; ", problems));
        }
    }

    String hash(char[] password) {
        return hasher.hash(password);
    }

    boolean matches(char[] password, String hash) {
        return hasher.matches(password, hash);
    }
}
