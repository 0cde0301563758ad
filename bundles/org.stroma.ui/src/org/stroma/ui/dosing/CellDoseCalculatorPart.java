package org.stroma.ui.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javax.measure.Quantity;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
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

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Cell Dose Calculator (Analysis &gt; Cell Dose Calculator): the cells an ADSC-assisted graft
 * needs for a dose per mL of fat, and a counted product checked against it. Results follow the
 * typing; a refusal shows in red beside the field it concerns. It stores nothing and needs neither
 * a database nor an open study; the arithmetic is the dosing bundle's, named with its formula.
 */
public final class CellDoseCalculatorPart {

    /** Widget data key naming an input field, as in the other forms ({@code dose}, {@code viability}, ...). */
    static final String FIELD_KEY = "stroma.field";
    /** Widget data key of the message beside a field; the value is the field's key. */
    static final String MESSAGE_KEY = "stroma.message";
    /** Widget data key of a result, e.g. {@code cellsToPrepare} or {@code verdict}. */
    static final String RESULT_KEY = "stroma.result";

    private static final String NOT_YET = "\u2014";

    @Inject
    private CellDoseCalculator calculator;

    private CellDoseSheet sheet;
    private final ClinicalFormat format = new ClinicalFormat();
    private final Map<DoseField, Text> fields = new EnumMap<>(DoseField.class);
    private final Map<DoseField, MessageLine> messages = new EnumMap<>(DoseField.class);
    private Label toDeliver;
    private Label beforeLosses;
    private Label toPrepare;
    private Label verdict;
    private Label formula;
    private ScrolledComposite scroll;
    private Composite form;

    @PostConstruct
    void create(Composite parent) {
        sheet = new CellDoseSheet(calculator);
        parent.setLayout(new FillLayout());
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        scroll.setContent(form);
        build(form);
        update();
    }

    private void build(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText("ADSC dose per mL of fat, and a counted product checked against it");
        title.setFont(JFaceResources.getHeaderFont());
        Label note = new Label(parent, SWT.WRAP);
        note.setText("Type amounts as on the case report form: 5 x 10^5 cells/mL, 5e5 cells/mL, 20 mL, 80 %."
                + " Nothing typed here is saved.");
        note.setLayoutData(wrapping(1));

        Group inputs = group(parent, "Dose and counted product", 3);
        for (DoseField field : DoseField.values()) {
            field(inputs, field);
        }

        Group results = group(parent, "Results", 2);
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
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(columns, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private void field(Composite parent, DoseField field) {
        new Label(parent, SWT.NONE).setText(field.label());
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        text.setText(field.initial());
        text.setData(FIELD_KEY, field.key());
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        size.widthHint = 200;
        text.setLayoutData(size);
        text.addModifyListener(e -> update());
        MessageLine message = new MessageLine(parent, field.hint(), wrapping(1));
        message.label().setData(MESSAGE_KEY, field.key());
        fields.put(field, text);
        messages.put(field, message);
    }

    private static Label result(Composite parent, String name, String key) {
        new Label(parent, SWT.NONE).setText(name);
        Label value = new Label(parent, SWT.WRAP);
        value.setData(RESULT_KEY, key);
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
        CellDoseSheet.Outcome outcome = sheet.evaluate(typed);
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
        form.layout(true, true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
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
    static String words(DoseVerdict verdict) {
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
