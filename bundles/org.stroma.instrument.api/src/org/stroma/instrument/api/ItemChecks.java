package org.stroma.instrument.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The checks every instrument shares, driven only by its item definitions. */
final class ItemChecks {

    private ItemChecks() {
    }

    static List<ItemProblem> problems(Instrument instrument, ItemValues values) {
        Map<String, ItemDefinition> items = instrument.items().stream()
                .collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        List<ItemProblem> problems = new ArrayList<>();
        values.asMap().forEach((code, value) -> {
            ItemDefinition item = items.get(code);
            String detail = item == null ? "not an item of " + instrument.shortName() : problemOf(item, value);
            if (detail != null) {
                problems.add(ItemProblem.about(instrument, code, detail));
            }
        });
        for (ItemDefinition item : instrument.items()) {
            if (item.required() && !values.has(item.code())) {
                problems.add(ItemProblem.about(instrument, item.code(), "required but missing"));
            }
        }
        return problems;
    }

    /** What is wrong with one value, or null when it is fine. */
    private static String problemOf(ItemDefinition item, Object value) {
        return switch (item.type()) {
            case INTEGER, DECIMAL -> numberProblem(item, value);
            case BOOLEAN -> value instanceof Boolean ? null : "expects yes/no, got " + shown(value);
            case CHOICE -> item.choices().contains(value) ? null
                    : shown(value) + " is not one of " + String.join(", ", item.choices());
        };
    }

    private static String numberProblem(ItemDefinition item, Object value) {
        if (!(value instanceof Double number)) {
            return "expects a number, got " + shown(value);
        }
        if (!Double.isFinite(number)) {
            return number + " is not a finite number";
        }
        if (item.type() == ItemType.INTEGER && number != Math.rint(number)) {
            return NumberText.of(number) + " is not a whole number";
        }
        if (number < item.min() || number > item.max()) {
            return NumberText.of(number) + " is outside " + item.rangeText();
        }
        return null;
    }

    private static String shown(Object value) {
        if (value instanceof Double number) {
            return NumberText.of(number);
        }
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}
