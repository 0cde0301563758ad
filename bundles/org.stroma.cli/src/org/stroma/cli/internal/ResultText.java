package org.stroma.cli.internal;

import java.io.PrintStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ColumnType;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.study.PreparedInput;

/** An analysis result as a person reads it in a terminal: what ran on what, the tables, the data used, the notes. */
final class ResultText {

    private static final int WRAP = 100;

    private ResultText() {
    }

    static void print(Analysis<?> analysis, AnalysisResult result, PreparedInput prepared, PrintStream out) {
        out.println(analysis.name() + " (" + result.analysisId() + " version " + result.analysisVersion() + ")");
        TextTable about = new TextTable(List.of("", ""));
        for (Map.Entry<String, String> line : prepared.source().entrySet()) {
            about.row(List.of(line.getKey(), line.getValue()));
        }
        about.row(List.of("settings", settings(result.settings())));
        about.print(out, "  ");
        for (ResultTable table : result.tables()) {
            out.println();
            out.println(table.title());
            List<String> headings = new ArrayList<>();
            boolean[] right = new boolean[table.columns().size()];
            for (int c = 0; c < table.columns().size(); c++) {
                Column column = table.columns().get(c);
                headings.add(column.unit().isEmpty() ? column.label() : column.label() + " (" + column.unit() + ")");
                right[c] = column.type() != ColumnType.TEXT;
            }
            TextTable text = new TextTable(headings, right);
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) cells.add(cell(table.columns().get(c).type(), row.get(c)));
                text.row(cells);
            }
            text.print(out, "  ");
        }
        printData(result.data(), prepared.exclusions(result), out);
        if (!result.notes().isEmpty()) {
            out.println();
            out.println("Notes");
            result.notes().forEach(note -> out.println("  " + note));
        }
    }

    private static void printData(DataUsed data, List<Exclusion> exclusions, PrintStream out) {
        out.println();
        out.println("Data used");
        TextTable used = new TextTable(List.of("", ""));
        used.row(List.of("variable", data.variable()));
        if (!data.visit().isEmpty()) used.row(List.of("visit", data.visit()));
        used.row(List.of("groups", String.join(", ", data.groups())));
        used.row(List.of("values", Long.toString(data.observations())));
        used.print(out, "  ");
        if (!data.subjects().isEmpty()) {
            wrap("  subjects  ", String.join(", ", data.subjects()), out);
        }
        out.println();
        out.println("Excluded (" + exclusions.size() + ")");
        TextTable excluded = new TextTable(List.of("", "", ""));
        exclusions.forEach(e -> excluded.row(List.of(e.subject(), e.group(), e.reason())));
        excluded.print(out, "  ");
    }

    private static void wrap(String label, String text, PrintStream out) {
        String indent = " ".repeat(label.length());
        StringBuilder line = new StringBuilder(label);
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > WRAP && line.length() > label.length()) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }

    /** A cell as text: empty cells (not estimable) as "-", p-values below 0.0001 in scientific notation. */
    static String cell(ColumnType type, Object value) {
        if (value == null) return "-";
        return switch (type) {
            case TEXT -> (String) value;
            case INTEGER -> value.toString();
            case DECIMAL -> decimal(((Number) value).doubleValue());
            case P_VALUE -> {
                double p = ((Number) value).doubleValue();
                yield p >= 1e-4 || p == 0 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.2e", p);
            }
        };
    }

    static String decimal(double value) {
        double magnitude = Math.abs(value);
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e9)) return String.format(Locale.ROOT, "%.4f", value);
        return String.format(Locale.ROOT, "%.4e", value);
    }

    /** The settings record as {@code name=value, ...}, or "none". */
    static String settings(Record settings) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : settings.getClass().getRecordComponents()) {
            parts.add(component.getName() + "=" + JsonWriter.componentValue(settings, component));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
