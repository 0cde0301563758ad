package org.stroma.ui.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.measure.Quantity;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.adsc.DoseVerdict;
import org.stroma.dosing.adsc.ProductCheckResult;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.ClinicalFormat;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.ui.MessageLine;

/**
 * The fields and results of the Cell Dose Calculator, wherever it is shown (its own part, or the
 * dialog that saves a calculation with a procedure): results follow the typing, and a refusal
 * shows in red beside the field it concerns. The widgets are named for readers and tests by
 * {@link CellDoseCalculatorPart#FIELD_KEY}, {@link CellDoseCalculatorPart#MESSAGE_KEY} and
 * {@link CellDoseCalculatorPart#RESULT_KEY}.
 */
final class CellDoseForm {

    private static final String NOT_YET = "\u2014";

    private final CellDoseSheet sheet;
    private final Consumer<CellDoseSheet.Outcome> updated;
    private final ClinicalFormat format = new ClinicalFormat();
    private final Map<DoseField, Text> fields = new EnumMap<>(DoseField.class);
    private final Map<DoseField, MessageLine> messages = new EnumMap<>(DoseField.class);
    private final Composite body;
    private Label toDeliver;
    private Label beforeLosses;
    private Label toPrepare;
    private Label verdict;
    private Label formula;
    private CellDoseSheet.Outcome outcome;

    /**
     * @param initial what fields hold at first, where not what {@link DoseField#initial()} says
     * @param updated told after every change, once the form shows it
     */
    CellDoseForm(Composite parent, CellDoseCalculator calculator, Map<DoseField, String> initial,
            Consumer<CellDoseSheet.Outcome> updated) {
        this.sheet = new CellDoseSheet(calculator);
        this.updated = updated;
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Group inputs = group(body, "Dose and counted product", 3);
        for (DoseField field : DoseField.values()) {
            field(inputs, field, initial.getOrDefault(field, field.initial()));
        }
        Group results = group(body, "Results", 2);
        toDeliver = result(results, "Viable cells to deliver", "viableCellsToDeliver");
        beforeLosses = result(results, "Viable cells before losses", "viableCellsBeforeLosses");
        toPrepare = result(results, "Cells to prepare", "cellsToPrepare");
        verdict = result(results, "Product check", "verdict");
        formula = result(results, "Formula", "formula");
        Label how = new Label(results, SWT.WRAP);
        how.setText("to deliver = dose \u00D7 graft volume; before losses = to deliver \u00F7 (1 \u2212 losses);"
                + " to prepare = to deliver \u00F7 ((1 \u2212 losses) \u00D7 viability), rounded up."
                + " Product check: counted \u00D7 viability \u00D7 (1 \u2212 losses) against the target"
                + " \u00B1 tolerance, edges within.");
        how.setLayoutData(wrapping(2));
        update();
    }

    Composite control() {
        return body;
    }

    /** What the fields hold now, computed. */
    CellDoseSheet.Outcome outcome() {
        return outcome;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private void field(Composite parent, DoseField field, String initial) {
        new Label(parent, SWT.NONE).setText(field.label());
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(initial);
        text.setData(CellDoseCalculatorPart.FIELD_KEY, field.key());
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        size.widthHint = 200;
        text.setLayoutData(size);
        text.addModifyListener(e -> update());
        MessageLine message = new MessageLine(parent, field.hint(), wrapping(1));
        message.label().setData(CellDoseCalculatorPart.MESSAGE_KEY, field.key());
        fields.put(field, text);
        messages.put(field, message);
    }

    private static Label result(Composite parent, String name, String key) {
        new Label(parent, SWT.NONE).setText(name);
        Label value = new Label(parent, SWT.WRAP);
        value.setData(CellDoseCalculatorPart.RESULT_KEY, key);
        value.setLayoutData(wrapping(1));
        return value;
    }

    private static GridData wrapping(int columns) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, columns, 1);
        data.widthHint = 420;
        return data;
    }

    /** Recomputes from what the fields hold now. */
    private void update() {
        if (fields.size() < DoseField.values().length || formula == null) {
            return; // still building the form
        }
        Map<DoseField, String> typed = new EnumMap<>(DoseField.class);
        fields.forEach((field, text) -> typed.put(field, text.getText()));
        outcome = sheet.evaluate(typed);
        messages.forEach((field, message) -> {
            String refusal = outcome.refusals().get(field);
            if (refusal == null) {
                message.clear();
            } else {
                message.refuse(refusal);
            }
        });
        showDose(outcome.dose());
        showCheck(outcome.check(), outcome.dose().isPresent());
        formula.setText(outcome.dose().map(d -> d.formula().toString()).orElse(NOT_YET)
                + outcome.check().map(c -> "; " + c.formula()).orElse(""));
        // a message or verdict may now wrap onto more lines: the groups are sized again
        body.layout(true, true);
        updated.accept(outcome);
    }

    private void showDose(Optional<CellDoseResult> dose) {
        toDeliver.setText(dose.map(d -> format.format(d.viableCellsToDeliver())).orElse(NOT_YET));
        beforeLosses.setText(dose.map(d -> format.format(d.viableCellsBeforeLosses())).orElse(NOT_YET));
        toPrepare.setText(dose.map(d -> cells(d.cellsToPrepare())).orElse(NOT_YET));
    }

    private void showCheck(Optional<ProductCheckResult> check, boolean doseShown) {
        if (check.isEmpty()) {
            verdict.setText(doseShown ? "Type the counted cells and the tolerance to check a product." : NOT_YET);
            verdict.setForeground(null);
            return;
        }
        ProductCheckResult result = check.get();
        BigDecimal deviation = result.deviationPercent().setScale(1, RoundingMode.HALF_UP);
        verdict.setText(words(result.verdict()) + ": " + format.format(result.deliverableViableCells())
                + " viable at delivery, " + (deviation.signum() > 0 ? "+" : "") + deviation.toPlainString()
                + " % against the target of " + format.format(result.targetViableCells()) + " (accepted "
                + format.scientific(Amounts.valueIn(result.lowestAcceptable(), DosingUnits.CELLS)) + " to "
                + format.format(result.highestAcceptable()) + ")");
        verdict.setForeground(verdict.getDisplay().getSystemColor(
                result.verdict() == DoseVerdict.WITHIN_TOLERANCE ? SWT.COLOR_DARK_GREEN : SWT.COLOR_RED));
    }

    /** The verdict as shown, e.g. {@code WITHIN TOLERANCE}. */
    private static String words(DoseVerdict verdict) {
        return switch (verdict) {
            case UNDER_DOSE -> "UNDER DOSE";
            case WITHIN_TOLERANCE -> "WITHIN TOLERANCE";
            case OVER_DOSE -> "OVER DOSE";
        };
    }

    /** A count in scientific notation with the whole number, e.g. {@code 1.4 × 10⁷ cells (13888889)}. */
    private String cells(Quantity<?> count) {
        return format.format(count) + " ("
                + Amounts.valueIn(count, DosingUnits.CELLS).setScale(0, RoundingMode.HALF_UP).toPlainString() + ")";
    }
}
