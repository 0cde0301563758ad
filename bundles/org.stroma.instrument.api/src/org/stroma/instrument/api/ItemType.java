package org.stroma.instrument.api;

/**
 * How an item's value is typed and checked.
 *
 * @since 1.0
 */
public enum ItemType {
    /** A whole number within the item's range, held as a {@code Double}. */
    INTEGER,
    /** Any finite number within the item's range, held as a {@code Double}. */
    DECIMAL,
    /** Yes or no, held as a {@code Boolean}. */
    BOOLEAN,
    /** One of the item's allowed choices, held as a {@code String}. */
    CHOICE
}
