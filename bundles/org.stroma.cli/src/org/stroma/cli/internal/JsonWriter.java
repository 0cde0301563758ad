package org.stroma.cli.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A small JSON writer (RFC 8259) for command output: maps, collections, records (as objects of
 * their components), strings, numbers, booleans, enums and null. NaN and infinities, which JSON
 * cannot hold, are written as null. Output is indented by two spaces per level.
 */
final class JsonWriter {

    private final StringBuilder json = new StringBuilder();

    private JsonWriter() {
    }

    static String write(Object value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value, 0);
        return writer.json.append('\n').toString();
    }

    private void value(Object value, int depth) {
        switch (value) {
            case null -> json.append("null");
            case String text -> string(text);
            case Double d -> json.append(d.isNaN() || d.isInfinite() ? "null" : d.toString());
            case Float f -> value(f.doubleValue(), depth);
            // exact decimals as written, never in exponent form
            case java.math.BigDecimal d -> json.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            case Number n -> json.append(n.toString());
            case Boolean b -> json.append(b);
            case Enum<?> e -> string(e.name());
            case Class<?> type -> string(type.getName());
            case Map<?, ?> map -> object(map, depth);
            case Collection<?> items -> array(items, depth);
            case Record record -> object(components(record), depth);
            default -> string(value.toString());
        }
    }

    private void object(Map<?, ?> members, int depth) {
        if (members.isEmpty()) {
            json.append("{}");
            return;
        }
        json.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> member : members.entrySet()) {
            json.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
            string(String.valueOf(member.getKey()));
            json.append(": ");
            value(member.getValue(), depth + 1);
            first = false;
        }
        json.append('\n').append("  ".repeat(depth)).append('}');
    }

    private void array(Collection<?> items, int depth) {
        if (items.isEmpty()) {
            json.append("[]");
            return;
        }
        json.append('[');
        boolean first = true;
        for (Object item : items) {
            json.append(first ? "\n" : ",\n").append("  ".repeat(depth + 1));
            value(item, depth + 1);
            first = false;
        }
        json.append('\n').append("  ".repeat(depth)).append(']');
    }

    private void string(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        json.append('"');
    }

    /** A record's components by name, in declaration order. */
    static Map<String, Object> components(Record record) {
        Map<String, Object> members = new java.util.LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            members.put(component.getName(), componentValue(record, component));
        }
        return members;
    }

    /** One component's value; records of other bundles may live in packages they do not export. */
    static Object componentValue(Record record, RecordComponent component) {
        Method accessor = component.getAccessor();
        try {
            if (!accessor.canAccess(record)) accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
