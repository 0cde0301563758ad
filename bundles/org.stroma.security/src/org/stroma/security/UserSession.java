package org.stroma.security;

import java.time.Instant;
import java.util.List;

import org.stroma.model.study.Study;
import org.stroma.store.ChangeContext;
import org.stroma.store.UserAccount;

/**
 * A user signed in to one study database. Made only by {@link AccessControl} after the password
 * was checked; every change made through it is recorded under its user name.
 *
 * @since 0.1
 */
public final class UserSession {

    private final UserAccount account;
    private final Role role;
    private final Instant signedInAt;

    UserSession(UserAccount account, Instant signedInAt) {
        this.account = account;
        this.role = Role.parse(account.role());
        this.signedInAt = signedInAt;
    }

    public String userName() {
        return account.userName();
    }

    /** The printed name, as signatures show it. */
    public String fullName() {
        return account.fullName();
    }

    public Role role() {
        return role;
    }

    /** Codes of the sites the user works at; empty for every site. */
    public List<String> sites() {
        return account.sites();
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    UserAccount account() {
        return account;
    }

    public boolean can(Permission permission) {
        return role.can(permission);
    }

    /** @throws AccessDeniedException naming the user, the role and what is refused */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(userName() + " (" + role.label() + ") may not " + permission.words());
        }
    }

    /** Whether this user must not see allocations in {@code study}. */
    public boolean isBlindedIn(Study study) {
        return role.isBlindedIn(study.getMasking());
    }

    /** A change by this user with {@code reason} (empty for first entry). */
    public ChangeContext change(String reason) {
        return new ChangeContext(userName(), reason);
    }

    @Override
    public String toString() {
        return userName() + " (" + role.label() + ")";
    }
}
