package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import javax.measure.Quantity;

import org.stroma.dosing.Formula;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.ClinicalFormat;
import org.stroma.dosing.units.DosingUnits;

/**
 * The text form of a dose calculation: a heading, aligned label and value lines in the forms of
 * case report forms ({@code 1.4 × 10⁷ cells}, {@code 20.0 mL}, {@code 80 %}), and the formula.
 */
final class DoseText {

    private record Line(String label, String value) {
    }

    private final ClinicalFormat format = new ClinicalFormat();
    private final List<Object> lines = new ArrayList<>();

    DoseText heading(String title, Formula formula) {
        lines.add(title + " (formula " + formula + ")");
        return this;
    }

    DoseText section(String title) {
        lines.add("");
        lines.add(title);
        return this;
    }

    DoseText line(String label, String value) {
        lines.add(new Line(label, value));
        return this;
    }

    /** A table of text cells, columns padded to their widest cell; the first row is the header. */
    DoseText table(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.size(); i++) {
                line.append(' ').append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 1));
            }
            lines.add(line.toString().stripTrailing());
        }
        return this;
    }

    DoseText note(String text) {
        lines.add("");
        lines.add(text);
        return this;
    }

    /** An amount in its display unit, e.g. {@code 20.0 mL} or {@code 5.0 × 10⁵ cells/mL}. */
    String amount(Quantity<?> amount) {
        return format.format(amount);
    }

    /** A cell count in scientific notation with the whole number after it, as counts are recorded. */
    String cells(Quantity<?> count) {
        BigDecimal whole = Amounts.valueIn(count, DosingUnits.CELLS).setScale(0, RoundingMode.HALF_UP);
        return format.format(count) + " (" + whole.toPlainString() + ")";
    }

    static String percent(BigDecimal percent) {
        return plain(percent) + " %";
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        int width = lines.stream().filter(Line.class::isInstance).mapToInt(l -> ((Line) l).label().length()).max()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        for (Object line : lines) {
            if (line instanceof Line(String label, String value)) {
                text.append("  ").append(label).append(" ".repeat(width - label.length() + 2)).append(value);
            } else {
                text.append(line);
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
