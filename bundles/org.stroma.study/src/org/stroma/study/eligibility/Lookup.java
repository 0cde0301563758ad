package org.stroma.study.eligibility;

/** A subject value looked up by attribute name: found, or absent with the reason why. */
sealed interface Lookup<T> {

    /**
     * @param value  the value found
     * @param detail words to put after the value so the reason says where it came from, e.g. " on 2026-11-22"
     */
    record Found<T>(T value, String detail) implements Lookup<T> {
    }

    /** @param reason why no value can be used, naming the attribute */
    record Absent<T>(String reason) implements Lookup<T> {
    }
}
