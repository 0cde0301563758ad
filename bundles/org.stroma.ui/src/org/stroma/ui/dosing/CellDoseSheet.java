package org.stroma.ui.dosing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.adsc.ProductCheckRequest;
import org.stroma.dosing.adsc.ProductCheckResult;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * What the Cell Dose Calculator shows for what is typed, without any widget. Every field is
 * judged on its own, so each wrong one is marked at once: a field is parsed, and then checked by
 * the dosing bundle's own request records, with a valid stand-in for any other field that is
 * empty or wrong (a record refuses one field at a time). Stand-ins only find refusals; results
 * are computed from typed values alone. An empty field is not an error; its results wait for it.
 */
final class CellDoseSheet {

    /**
     * @param refusals what is wrong, by field (the dosing bundle's reason, without the field name)
     * @param dose     the dose, when dose, volume, viability and losses are all typed and acceptable
     * @param check    the product check, when the dose and the count and tolerance are acceptable
     */
    record Outcome(Map<DoseField, String> refusals, Optional<CellDoseResult> dose, Optional<ProductCheckResult> check) {
    }

    private final CellDoseCalculator calculator;
    private final AmountParser parser = new AmountParser();

    CellDoseSheet(CellDoseCalculator calculator) {
        this.calculator = calculator;
    }

    /** Evaluates the typed texts; a missing text counts as empty. */
    Outcome evaluate(Map<DoseField, String> typed) {
        Fields fields = new Fields();
        fields.read(typed, DoseField.DOSE, text -> parser.parse(DoseField.DOSE.key(), text, QuantityKind.CELLS_PER_VOLUME));
        fields.read(typed, DoseField.GRAFT_VOLUME, text -> parser.volume(DoseField.GRAFT_VOLUME.key(), text));
        fields.read(typed, DoseField.VIABILITY, text -> parser.percent(DoseField.VIABILITY.key(), text));
        fields.read(typed, DoseField.LOSSES, text -> parser.percent(DoseField.LOSSES.key(), text));
        fields.read(typed, DoseField.COUNTED_CELLS, text -> parser.cells(DoseField.COUNTED_CELLS.key(), text));
        fields.read(typed, DoseField.TOLERANCE, text -> parser.percent(DoseField.TOLERANCE.key(), text));

        Optional<CellDoseRequest> target = fields.validate(() -> target(fields), DoseField.DOSE, DoseField.GRAFT_VOLUME,
                DoseField.VIABILITY, DoseField.LOSSES);
        Optional<ProductCheckRequest> check = fields.validate(() -> new ProductCheckRequest(target(fields),
                fields.value(DoseField.COUNTED_CELLS, Amounts.cells(BigDecimal.ONE)),
                fields.value(DoseField.VIABILITY, BigDecimal.valueOf(100)),
                fields.value(DoseField.TOLERANCE, BigDecimal.ZERO)), DoseField.values());
        return new Outcome(Collections.unmodifiableMap(fields.refusals), target.map(calculator::dose),
                check.map(calculator::check));
    }

    private static CellDoseRequest target(Fields fields) {
        return new CellDoseRequest(
                fields.<Quantity<?>>value(DoseField.DOSE,
                        Amounts.ofUnit(BigDecimal.ONE, DosingUnits.CELLS_PER_MILLILITRE)),
                fields.<Quantity<Volume>>value(DoseField.GRAFT_VOLUME, Amounts.of(BigDecimal.ONE, DosingUnits.MILLILITRE)),
                fields.value(DoseField.VIABILITY, BigDecimal.valueOf(100)), fields.value(DoseField.LOSSES, BigDecimal.ZERO));
    }

    /** Parsed values and refusals by field; a field without an acceptable value is given its stand-in. */
    private static final class Fields {

        private final Map<DoseField, Object> values = new EnumMap<>(DoseField.class);
        private final Map<DoseField, String> refusals = new EnumMap<>(DoseField.class);
        private boolean standInUsed;

        void read(Map<DoseField, String> typed, DoseField field, Function<String, ?> parse) {
            String text = typed.getOrDefault(field, "");
            if (text == null || text.isBlank()) {
                return;
            }
            try {
                values.put(field, parse.apply(text));
            } catch (DosingInputException e) {
                refusals.put(field, e.reason());
            }
        }

        @SuppressWarnings("unchecked")
        <T> T value(DoseField field, T standIn) {
            if (values.containsKey(field)) {
                return (T) values.get(field);
            }
            standInUsed = true;
            return standIn;
        }

        /**
         * Builds a request until no field is refused, each refused field replaced by its stand-in;
         * the request, if every one of {@code needed} was typed and none was refused.
         */
        <R> Optional<R> validate(Supplier<R> build, DoseField... needed) {
            for (int attempt = 0; attempt <= DoseField.values().length; attempt++) {
                standInUsed = false;
                try {
                    R request = build.get();
                    boolean complete = java.util.Arrays.stream(needed).allMatch(values::containsKey);
                    return complete && !standInUsed ? Optional.of(request) : Optional.empty();
                } catch (DosingInputException e) {
                    DoseField field = DoseField.blamed(e.field())
                            .orElseThrow(() -> new IllegalStateException("no field for " + e.field(), e));
                    if (values.remove(field) == null) {
                        throw new IllegalStateException("a stand-in for " + field + " was refused", e);
                    }
                    refusals.putIfAbsent(field, e.reason());
                }
            }
            throw new IllegalStateException("more refusals than fields");
        }
    }
}
