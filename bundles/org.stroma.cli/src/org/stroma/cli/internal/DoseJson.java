package org.stroma.cli.internal;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The JSON form of a dose calculation (RFC 8259, written by {@link JsonWriter}): {@code calculation},
 * {@code formula} ({@code id}, {@code version}), {@code inputs} (the validated request) and
 * {@code results} (the rest of the result record), each taken from the dosing records' components,
 * so a new result field appears without change here. An amount is {@code {"value": 20, "unit": "mL"}}
 * in the unit the text form shows; a component named {@code ...Percent} is
 * {@code {"value": 80, "unit": "%"}}; numbers are exact decimals; an absent optional value is
 * {@code null}.
 */
final class DoseJson {

    private final ClinicalFormat format = new ClinicalFormat();

    private DoseJson() {
    }

    static String write(String kind, DosingResult result) {
        return write(kind, result, null);
    }

    /**
     * As {@link #write(String, DosingResult)}, with a last member {@code savedWith} ({@code study},
     * {@code subject}, {@code procedure}, {@code record}, {@code calculatedBy}, {@code calculatedAt})
     * when the calculation was saved with a procedure.
     */
    static String write(String kind, DosingResult result, ProcedureSaving.Saved saved) {
        DoseJson dose = new DoseJson();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("calculation", kind);
        Map<String, Object> formula = new LinkedHashMap<>();
        formula.put("id", result.formula().id());
        formula.put("version", result.formula().version());
        json.put("formula", formula);
        json.put("inputs", dose.value("inputs", result.inputs()));
        Map<String, Object> results = dose.record((Record) result);
        results.remove("inputs");
        results.remove("formula");
        json.put("results", results);
        if (saved != null) {
            Map<String, Object> savedWith = new LinkedHashMap<>();
            savedWith.put("study", saved.studyId());
            savedWith.put("subject", saved.subjectId());
            savedWith.put("procedure", saved.procedure().getId());
            savedWith.put("record", saved.record().getId());
            savedWith.put("calculatedBy", saved.record().getCalculatedBy());
            savedWith.put("calculatedAt", saved.record().getCalculatedAt().toInstant().toString());
            json.put("savedWith", savedWith);
        }
        return JsonWriter.write(json);
    }

    /** {@code value} as maps, lists and plain values that {@link JsonWriter} writes. */
    private Object value(String name, Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> optional -> value(name, optional.orElse(null));
            case Quantity<?> amount -> amount(amount);
            case BigDecimal number when name.endsWith("Percent") -> amount(number, "%");
            case Record record -> record(record);
            case Collection<?> items -> {
                List<Object> list = new ArrayList<>();
                items.forEach(item -> list.add(value(name, item)));
                yield list;
            }
            case Map<?, ?> map -> {
                Map<String, Object> members = new LinkedHashMap<>();
                map.forEach((key, member) -> members.put(String.valueOf(key), value(String.valueOf(key), member)));
                yield members;
            }
            default -> value;
        };
    }

    private Map<String, Object> record(Record record) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            members.put(component.getName(),
                    value(component.getName(), JsonWriter.componentValue(record, component)));
        }
        return members;
    }

    private Map<String, Object> amount(Quantity<?> amount) {
        Unit<?> unit = shownUnit(amount.getUnit());
        return amount(Amounts.valueIn(amount, unit), format.symbol(unit));
    }

    private static Map<String, Object> amount(BigDecimal value, String unit) {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("value", value);
        amount.put("unit", unit);
        return amount;
    }

    /** The unit the text form shows an amount in (days stay days, as there). */
    private static Unit<?> shownUnit(Unit<?> unit) {
        if (unit.equals(DosingUnits.DAY)) {
            return DosingUnits.DAY;
        }
        return QuantityKind.of(unit).<Unit<?>>map(QuantityKind::displayUnit).orElse(unit);
    }
}
