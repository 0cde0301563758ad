package org.stroma.store;

import java.util.Objects;

/**
 * The secret a study database is encrypted with on disk (Derby's boot password). Whoever holds
 * the database folder without this secret cannot read it. Never printed: {@link #toString()}
 * hides it.
 *
 * @since 0.1
 */
public final class DatabaseKey {

    /** Derby's own minimum for a boot password. */
    public static final int MINIMUM_LENGTH = 8;

    private final String secret;

    private DatabaseKey(String secret) {
        this.secret = secret;
    }

    /**
     * @throws IllegalArgumentException when the secret is shorter than {@value #MINIMUM_LENGTH}
     *                                  characters
     */
    public static DatabaseKey of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("the database key must have at least " + MINIMUM_LENGTH
                    + " characters");
        }
        return new DatabaseKey(secret);
    }

    /** The secret itself, for the store that boots the database. */
    public String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
