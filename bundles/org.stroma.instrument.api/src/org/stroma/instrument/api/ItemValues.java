package org.stroma.instrument.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The answers given on one instrument form: item code to value. Numbers are held as
 * {@code Double}, yes/no as {@code Boolean}, choices as {@code String}. An item left blank is
 * absent, never {@code null}. Immutable; values keep the order they were entered in.
 *
 * @since 1.0
 */
public final class ItemValues {

    private static final ItemValues EMPTY = new ItemValues(Map.of());

    private final Map<String, Object> values;

    private ItemValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static ItemValues empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Values read back from storage. Any {@code Number} becomes a {@code Double}; a value
     * of another type than number, yes/no or text is refused here, because no item could take it.
     */
    public static ItemValues of(Map<String, ?> values) {
        Builder builder = builder();
        values.forEach((code, value) -> {
            if (value instanceof Number number) {
                builder.put(code, number.doubleValue());
            } else if (value instanceof Boolean flag) {
                builder.put(code, flag.booleanValue());
            } else if (value instanceof String text) {
                builder.put(code, text);
            } else {
                throw new IllegalArgumentException("item " + code + " holds " + value
                        + ": only numbers, yes/no and text can be item values");
            }
        });
        return builder.build();
    }

    public boolean has(String code) {
        return values.containsKey(code);
    }

    public Optional<Object> value(String code) {
        return Optional.ofNullable(values.get(code));
    }

    /** The number given for an item; fails if the item holds something else. */
    public Optional<Double> number(String code) {
        return typed(code, Double.class, "a number");
    }

    /** The choice given for an item; fails if the item holds something else. */
    public Optional<String> choice(String code) {
        return typed(code, String.class, "a choice");
    }

    /** Whether a yes/no item was answered yes; blank counts as no. */
    public boolean isYes(String code) {
        return typed(code, Boolean.class, "yes/no").orElse(false);
    }

    public Set<String> codes() {
        return values.keySet();
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A builder holding these values, to change some of them. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.values.putAll(values);
        return builder;
    }

    private <T> Optional<T> typed(String code, Class<T> type, String expected) {
        Object value = values.get(code);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("item " + code + " holds " + value + ", not " + expected);
        }
        return Optional.of(type.cast(value));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Collects values; a later put for the same code replaces the earlier one. */
    public static final class Builder {

        private final Map<String, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder put(String code, double value) {
            return putValue(code, value);
        }

        public Builder put(String code, boolean value) {
            return putValue(code, value);
        }

        public Builder put(String code, String choice) {
            return putValue(code, Objects.requireNonNull(choice, "choice"));
        }

        /** Leaves the item blank again. */
        public Builder remove(String code) {
            values.remove(code);
            return this;
        }

        public ItemValues build() {
            return values.isEmpty() ? EMPTY : new ItemValues(values);
        }

        private Builder putValue(String code, Object value) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("an item value needs an item code");
            }
            values.put(code, value);
            return this;
        }
    }
}
