package org.stroma.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user of a study database as stored: the store keeps the password only as the hash it is
 * given and knows nothing of what roles mean.
 *
 * @param userName          the sign-in name, unique, as audit rows name the user
 * @param fullName          the printed name shown with signatures
 * @param role              the role's name
 * @param sites             codes of the sites the user may see; empty for every site
 * @param passwordHash      the password's slow salted hash, in the form its hasher reads
 * @param passwordChangedAt when the password was last set
 * @param failedLogins      failed sign-ins since the last successful one
 * @param lockedUntil       the end of a lockout, or null
 * @param active            false for a deactivated account (accounts are never deleted, audit
 *                          rows keep naming them)
 * @since 0.1
 */
public record UserAccount(String userName, String fullName, String role, List<String> sites, String passwordHash,
        Instant passwordChangedAt, int failedLogins, Instant lockedUntil, boolean active) {

    public UserAccount {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        sites = List.copyOf(sites);
    }

    /** Whether the account may see the subjects of {@code siteCode}. */
    public boolean seesSite(String siteCode) {
        return sites.isEmpty() || sites.contains(siteCode);
    }
}
