package org.stroma.instrument.api;

import java.util.List;
import java.util.Objects;

/**
 * One question or measurement of an instrument, with what counts as a valid answer.
 *
 * @param code     stable key of the item within its instrument, e.g. {@code "face"}
 * @param label    text shown to the assessor
 * @param type     how the value is typed and checked
 * @param min      lowest allowed value for INTEGER and DECIMAL items, {@code null} otherwise
 * @param max      highest allowed value for INTEGER and DECIMAL items, {@code null} otherwise
 * @param choices  allowed values of a CHOICE item, empty otherwise
 * @param unit     unit of a numeric value, empty when it has none
 * @param required whether the instrument cannot be scored without this item
 * @param group    where the item belongs on the form (HAQ category, body site), may be empty
 * @since 1.0
 */
public record ItemDefinition(String code, String label, ItemType type, Double min, Double max,
        List<String> choices, String unit, boolean required, String group) {

    public ItemDefinition {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("an item needs a code");
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        unit = unit == null ? "" : unit;
        group = group == null ? "" : group;
        boolean numeric = type == ItemType.INTEGER || type == ItemType.DECIMAL;
        if (numeric && (min == null || max == null || min > max)) {
            throw new IllegalArgumentException("numeric item " + code + " needs min <= max");
        }
        if (!numeric && (min != null || max != null)) {
            throw new IllegalArgumentException("item " + code + " is not numeric and takes no range");
        }
        if ((type == ItemType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choices are given for CHOICE items and only for them: " + code);
        }
    }

    /** A required whole-number item without unit or group. */
    public static ItemDefinition integer(String code, String label, int min, int max) {
        return new ItemDefinition(code, label, ItemType.INTEGER, (double) min, (double) max, List.of(), "", true, "");
    }

    /** A required decimal item. */
    public static ItemDefinition decimal(String code, String label, double min, double max, String unit) {
        return new ItemDefinition(code, label, ItemType.DECIMAL, min, max, List.of(), unit, true, "");
    }

    /** A yes/no item; optional, because a box left empty means "no". */
    public static ItemDefinition flag(String code, String label) {
        return new ItemDefinition(code, label, ItemType.BOOLEAN, null, null, List.of(), "", false, "");
    }

    /** A required choice among fixed values. */
    public static ItemDefinition choice(String code, String label, List<String> choices) {
        return new ItemDefinition(code, label, ItemType.CHOICE, null, null, choices, "", true, "");
    }

    /** This item, not required. */
    public ItemDefinition optional() {
        return new ItemDefinition(code, label, type, min, max, choices, unit, false, group);
    }

    /** This item, placed in the given group. */
    public ItemDefinition inGroup(String newGroup) {
        return new ItemDefinition(code, label, type, min, max, choices, unit, required, newGroup);
    }

    public boolean isNumeric() {
        return min != null;
    }

    /** The allowed range as users read it, e.g. "0-3"; empty for non-numeric items. */
    public String rangeText() {
        return isNumeric() ? NumberText.range(min, max) : "";
    }
}
