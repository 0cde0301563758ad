package org.stroma.dosing;

import java.util.Objects;

/**
 * Names and versions the arithmetic behind a result, e.g. {@code adsc-dose/1}. A stored result
 * always carries its formula, so a later change of the arithmetic (a new version) never
 * silently re-interprets old records.
 *
 * @param id      stable identifier, lower case with hyphens; never reused for other arithmetic
 * @param version raised whenever the same inputs could give a different result
 * @since 0.1
 */
public record Formula(String id, int version) {

    /** Validates that the id is usable as a key and the version is positive. */
    public Formula {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("formula id must be lower case words joined by hyphens: " + id);
        }
        if (version < 1) {
            throw new IllegalArgumentException("formula version must be at least 1: " + version);
        }
    }

    /** The stored form, {@code id/version}, e.g. {@code adsc-dose/1}. */
    @Override
    public String toString() {
        return id + "/" + version;
    }
}
