package org.stroma.cli.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.ClinicalFormat;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * The JSON form of a dose calculation (RFC 8259): {@code calculation}, {@code formula} ({@code id},
 * {@code version}), {@code inputs} (the validated request) and {@code results} (the rest of the
 * result record), each written from the dosing records' components, so a new result field appears
 * without change here. An amount is {@code {"value": 20, "unit": "mL"}} in the unit the text
 * form shows; a component named {@code ...Percent} is {@code {"value": 80, "unit": "%"}}; numbers
 * are exact decimals, never in exponent form; an absent optional value is {@code null}.
 */
final class DoseJson {

    private final ClinicalFormat format = new ClinicalFormat();
    private final StringBuilder json = new StringBuilder();

    private DoseJson() {
    }

    static String write(String kind, DosingResult result) {
        DoseJson writer = new DoseJson();
        StringBuilder out = writer.json;
        out.append("{\n  \"calculation\": ");
        writer.string(kind);
        out.append(",\n  \"formula\": {\"id\": ");
        writer.string(result.formula().id());
        out.append(", \"version\": ").append(result.formula().version()).append("},\n  \"inputs\": ");
        writer.value("inputs", result.inputs(), 1);
        out.append(",\n  \"results\": ");
        writer.record((Record) result, 1, true);
        return out.append("\n}\n").toString();
    }

    private void value(String name, Object value, int depth) {
        switch (value) {
            case null -> json.append("null");
            case Optional<?> optional -> value(name, optional.orElse(null), depth);
            case Quantity<?> amount -> amount(amount);
            case BigDecimal number when name.endsWith("Percent") -> {
                json.append("{\"value\": ").append(number(number)).append(", \"unit\": ");
                string("%");
                json.append('}');
            }
            case BigDecimal number -> json.append(number(number));
            case Integer number -> json.append(number);
            case Long number -> json.append(number);
            case Boolean flag -> json.append(flag);
            case Enum<?> constant -> string(constant.name());
            case String text -> string(text);
            case Record record -> record(record, depth, false);
            case Collection<?> items -> array(name, items, depth);
            case Map<?, ?> map -> map(map, depth);
            default -> string(value.toString());
        }
    }

    private void amount(Quantity<?> amount) {
        Unit<?> unit = shownUnit(amount.getUnit());
        json.append("{\"value\": ").append(number(Amounts.valueIn(amount, unit))).append(", \"unit\": ");
        string(format.symbol(unit));
        json.append('}');
    }

    /** The unit the text form shows an amount in (days stay days, as there). */
    private static Unit<?> shownUnit(Unit<?> unit) {
        if (unit.equals(DosingUnits.DAY)) {
            return DosingUnits.DAY;
        }
        return QuantityKind.of(unit).<Unit<?>>map(QuantityKind::displayUnit).orElse(unit);
    }

    private void record(Record record, int depth, boolean resultsOnly) {
        String indent = "  ".repeat(depth + 1);
        json.append('{');
        boolean first = true;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = component.getName();
            if (resultsOnly && (name.equals("inputs") || name.equals("formula"))) {
                continue;
            }
            json.append(first ? "\n" : ",\n").append(indent);
            string(name);
            json.append(": ");
            value(name, read(record, component), depth + 1);
            first = false;
        }
        json.append('\n').append("  ".repeat(depth)).append('}');
    }

    private void array(String name, Collection<?> items, int depth) {
        if (items.isEmpty()) {
            json.append("[]");
            return;
        }
        String indent = "  ".repeat(depth + 1);
        json.append('[');
        boolean first = true;
        for (Object item : items) {
            json.append(first ? "\n" : ",\n").append(indent);
            value(name, item, depth + 1);
            first = false;
        }
        json.append('\n').append("  ".repeat(depth)).append(']');
    }

    private void map(Map<?, ?> members, int depth) {
        String indent = "  ".repeat(depth + 1);
        json.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = String.valueOf(member.getKey());
            json.append(first ? "\n" : ",\n").append(indent);
            string(name);
            json.append(": ");
            value(name, member.getValue(), depth + 1);
            first = false;
        }
        json.append(first ? "}" : "\n" + "  ".repeat(depth) + "}");
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            // the dosing records are public in exported packages, their accessors public
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String number(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
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
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
