package org.stroma.store;

import java.util.Objects;

/**
 * Who makes a change and why, recorded with every audit row the change writes.
 *
 * @param user   the signed-in user (never blank: every change is attributable)
 * @param reason the reason for change; required when a save changes or deletes values that
 *               were entered before, may be empty for first entry
 */
public record ChangeContext(String user, String reason) {

    public ChangeContext {
        Objects.requireNonNull(user, "user");
        if (user.isBlank()) {
            throw new IllegalArgumentException("a change needs the user who makes it");
        }
        reason = reason == null ? "" : reason.strip();
    }

    /** First entry of data, which needs no reason. */
    public static ChangeContext firstEntry(String user) {
        return new ChangeContext(user, "");
    }
}
