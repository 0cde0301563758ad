package org.stroma.security;

import java.time.Instant;
import java.util.List;

import org.stroma.store.StudyDatabase;
import org.stroma.store.UserAccount;

/**
 * Adding and changing accounts: administrators only, except that every user may change their own
 * password. Accounts are deactivated, never deleted: audit rows keep naming their users. Each
 * change is audited with the administrator's name.
 *
 * @since 0.1
 */
public final class UserAdministration {

    private final StudyDatabase database;
    private final UserSession session;
    private final AccessControl control;

    UserAdministration(StudyDatabase database, UserSession session, AccessControl control) {
        this.database = database;
        this.session = session;
        this.control = control;
    }

    public List<UserAccount> accounts() {
        session.require(Permission.MANAGE_USERS);
        return database.access().accounts();
    }

    /**
     * @param sites codes of the sites the user may see; empty for every site
     * @throws IllegalArgumentException when the name is taken or malformed, or the password breaks
     *                                  the rules
     */
    public UserAccount add(String userName, String fullName, Role role, List<String> sites, char[] password) {
        session.require(Permission.MANAGE_USERS);
        UserAccount account = control.newAccount(userName, fullName, role, sites, password);
        if (database.access().account(account.userName()).isPresent()) {
            throw new IllegalArgumentException("there is already an account " + account.userName());
        }
        database.access().saveAccount(account, session.change(""));
        return account;
    }

    public void changeRole(String userName, Role role, String reason) {
        UserAccount a = existing(userName);
        save(new UserAccount(a.userName(), a.fullName(), role.name(), a.sites(), a.passwordHash(),
                a.passwordChangedAt(), a.failedLogins(), a.lockedUntil(), a.active()), reason);
    }

    public void changeSites(String userName, List<String> sites, String reason) {
        UserAccount a = existing(userName);
        save(new UserAccount(a.userName(), a.fullName(), a.role(), sites, a.passwordHash(), a.passwordChangedAt(),
                a.failedLogins(), a.lockedUntil(), a.active()), reason);
    }

    public void setActive(String userName, boolean active, String reason) {
        UserAccount a = existing(userName);
        if (!active && a.userName().equals(session.userName())) {
            throw new IllegalArgumentException("administrators cannot deactivate their own account");
        }
        save(new UserAccount(a.userName(), a.fullName(), a.role(), a.sites(), a.passwordHash(), a.passwordChangedAt(),
                a.failedLogins(), a.lockedUntil(), active), reason);
    }

    /** Ends a lockout before its time. */
    public void unlock(String userName, String reason) {
        UserAccount a = existing(userName);
        save(new UserAccount(a.userName(), a.fullName(), a.role(), a.sites(), a.passwordHash(), a.passwordChangedAt(),
                0, null, a.active()), reason);
    }

    /** Sets a new password for another user (who forgot theirs). */
    public void resetPassword(String userName, char[] password, String reason) {
        UserAccount a = existing(userName);
        control.requireGoodPassword(a.userName(), password);
        save(new UserAccount(a.userName(), a.fullName(), a.role(), a.sites(), control.hash(password), Instant.now(),
                0, null, a.active()), reason);
    }

    /** The signed-in user's own password, given the current one. */
    public void changeOwnPassword(char[] current, char[] replacement) {
        control.confirmPassword(database, session, current);
        control.requireGoodPassword(session.userName(), replacement);
        UserAccount a = database.access().account(session.userName()).orElseThrow();
        if (control.matches(replacement, a.passwordHash())) {
            throw new IllegalArgumentException("the new password must differ from the current one");
        }
        database.access().saveAccount(new UserAccount(a.userName(), a.fullName(), a.role(), a.sites(),
                control.hash(replacement), Instant.now(), 0, null, a.active()), session.change("password changed"));
    }

    private UserAccount existing(String userName) {
        session.require(Permission.MANAGE_USERS);
        return database.access().account(userName)
                .orElseThrow(() -> new IllegalArgumentException("there is no account " + userName));
    }

    private void save(UserAccount account, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a change to the account " + account.userName() + " needs a reason");
        }
        database.access().saveAccount(account, session.change(reason));
    }
}
