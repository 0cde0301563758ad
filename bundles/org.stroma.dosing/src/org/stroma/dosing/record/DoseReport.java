package org.stroma.dosing.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.measure.Quantity;

import org.stroma.dosing.Formula;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.ClinicalFormat;
import org.stroma.dosing.units.DosingUnits;

/**
 * A dose calculation as people read it: a heading naming the formula, sections of aligned label
 * and value lines in the forms of case report forms ({@code 1.4 × 10⁷ cells}, {@code 20.0 mL},
 * {@code 80 %}), tables and notes. One report gives both the command line's text
 * ({@link #text()}) and the lines saved with a procedure ({@link #inputLines()},
 * {@link #resultLines()}), so what was saved is what was shown.
 *
 * <p>Sections opened with {@link #inputs(String)} hold what the calculation was given, those
 * opened with {@link #section(String)} what it gave. Notes explain the arithmetic and are text
 * only: the saved formula id and version name that arithmetic.
 *
 * @since 0.1
 */
public final class DoseReport {

    private sealed interface Entry permits Heading, Section, Line, Table, Note {
    }

    private record Heading(String text) implements Entry {
    }

    private record Section(String title, boolean inputs) implements Entry {
    }

    private record Line(String label, String value) implements Entry {
    }

    private record Table(List<List<String>> rows) implements Entry {
    }

    private record Note(String text) implements Entry {
    }

    private final String calculation;
    private final ClinicalFormat format = new ClinicalFormat();
    private final List<Entry> entries = new ArrayList<>();

    /** @param calculation what is calculated, as saved and as {@code stroma dose} names it, e.g. {@code adsc} */
    public DoseReport(String calculation) {
        this.calculation = Objects.requireNonNull(calculation, "calculation");
    }

    /** What is calculated, e.g. {@code adsc}, {@code product-check}, {@code injection-plan}. */
    public String calculation() {
        return calculation;
    }

    /** The first line, e.g. {@code ADSC dose (formula adsc-dose/1)}. */
    public DoseReport heading(String title, Formula formula) {
        entries.add(new Heading(title + " (formula " + formula + ")"));
        return this;
    }

    /** Starts a section of what the calculation was given, e.g. {@code Inputs}. */
    public DoseReport inputs(String title) {
        entries.add(new Section(title, true));
        return this;
    }

    /** Starts a section of what the calculation gave, e.g. {@code Results}. */
    public DoseReport section(String title) {
        entries.add(new Section(title, false));
        return this;
    }

    /** A figure: its label and its value as shown, e.g. {@code Graft volume}, {@code 20.0 mL}. */
    public DoseReport line(String label, String value) {
        entries.add(new Line(label, value));
        return this;
    }

    /**
     * A table of text cells, the first row its header. Saved one line per row: the row's first
     * cell, then each further cell after its column's header.
     */
    public DoseReport table(List<List<String>> rows) {
        if (rows.isEmpty() || rows.stream().anyMatch(row -> row.size() != rows.get(0).size())) {
            throw new IllegalArgumentException("a table needs a header and rows of the same width");
        }
        entries.add(new Table(rows.stream().map(List::copyOf).toList()));
        return this;
    }

    /** A paragraph after the figures, e.g. the arithmetic in words. */
    public DoseReport note(String text) {
        entries.add(new Note(text));
        return this;
    }

    /** An amount in its display unit, e.g. {@code 20.0 mL} or {@code 5.0 × 10⁵ cells/mL}. */
    public String amount(Quantity<?> amount) {
        return format.format(amount);
    }

    /** A cell count in scientific notation with the whole number after it, as counts are recorded. */
    public String cells(Quantity<?> count) {
        BigDecimal whole = Amounts.valueIn(count, DosingUnits.CELLS).setScale(0, RoundingMode.HALF_UP);
        return format.format(count) + " (" + whole.toPlainString() + ")";
    }

    /** A percentage as typed, e.g. {@code 80 %}. */
    public static String percent(BigDecimal percent) {
        return plain(percent) + " %";
    }

    /** A number without trailing zeros or exponent, e.g. {@code 1.5}. */
    public static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** The lines of the input sections, each {@code label = value}. */
    public List<String> inputLines() {
        return savedLines(true);
    }

    /** The lines of the result sections, each {@code label = value}. */
    public List<String> resultLines() {
        return savedLines(false);
    }

    private List<String> savedLines(boolean inputs) {
        List<String> saved = new ArrayList<>();
        boolean inSection = false;
        for (Entry entry : entries) {
            if (entry instanceof Section section) {
                inSection = section.inputs() == inputs;
            } else if (inSection && entry instanceof Line(String label, String value)) {
                saved.add(label + " = " + value);
            } else if (inSection && entry instanceof Table(List<List<String>> rows)) {
                List<String> header = rows.get(0);
                for (List<String> row : rows.subList(1, rows.size())) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i < row.size(); i++) {
                        cells.add(header.get(i) + " " + row.get(i));
                    }
                    saved.add(row.get(0) + " = " + String.join(", ", cells));
                }
            }
            // headings and notes are shown, not saved; the formula is saved on its own
        }
        return List.copyOf(saved);
    }

    /** The whole report as the command line prints it, lines ended by the platform's separator. */
    public String text() {
        int width = entries.stream().filter(Line.class::isInstance).mapToInt(l -> ((Line) l).label().length()).max()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            switch (entry) {
                case Heading(String heading) -> newLine(text.append(heading));
                case Section section -> newLine(newLine(text).append(section.title()));
                case Line(String label, String value) -> newLine(text.append("  ").append(label)
                        .append(" ".repeat(width - label.length() + 2)).append(value));
                case Table(List<List<String>> rows) -> rows(text, rows);
                case Note(String note) -> newLine(newLine(text).append(note));
            }
        }
        return text.toString();
    }

    private static void rows(StringBuilder text, List<List<String>> rows) {
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
            newLine(text.append(line.toString().stripTrailing()));
        }
    }

    private static StringBuilder newLine(StringBuilder text) {
        return text.append(System.lineSeparator());
    }

    @Override
    public String toString() {
        return text();
    }
}
