package org.stroma.ui.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.study.PreparedInput;

/**
 * A result as one CSV file (RFC 4180, UTF-8) that R, Python or a spreadsheet reads: first
 * labelled header lines (analysis id, version and name, where the data came from, the settings,
 * the data used with n per group and every exclusion, the notes), then every result table, each
 * after a blank line and a {@code table,NAME,TITLE} line, with its column headings and rows.
 * Numbers keep full precision (Java's shortest exact decimal, e.g. {@code 3.6194034908870586E-7});
 * empty cells are empty. Free of SWT, so it writes the same from anywhere.
 */
final class ResultCsv {

    private ResultCsv() {
    }

    /** Writes the file whole or not at all: into a partial file beside it, moved in place when complete. */
    static void write(Path file, Analysis<?> analysis, AnalysisResult result, PreparedInput prepared) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    StandardCharsets.UTF_8))) {
                write(out, analysis, result, prepared);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // what the user needs to read is why the file could not be written
            }
            throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static void write(Writer out, Analysis<?> analysis, AnalysisResult result, PreparedInput prepared)
            throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.print(out);
        csv.printRecord("analysis", result.analysisId());
        csv.printRecord("version", result.analysisVersion());
        csv.printRecord("name", analysis.name());
        for (Map.Entry<String, String> line : prepared.source().entrySet()) {
            csv.printRecord(line.getKey(), line.getValue());
        }
        for (RecordComponent component : result.settings().getClass().getRecordComponents()) {
            csv.printRecord("setting", component.getName(), value(result.settings(), component));
        }
        DataUsed data = result.data();
        csv.printRecord("variable", data.variable());
        csv.printRecord("data visit", data.visit());
        csv.printRecord("values", data.observations());
        for (Map.Entry<String, Integer> group : prepared.valuesByGroup(result).entrySet()) {
            csv.printRecord("n", group.getKey(), group.getValue());
        }
        for (Exclusion exclusion : prepared.exclusions(result)) {
            csv.printRecord("excluded", exclusion.subject(), exclusion.group(), exclusion.reason());
        }
        for (String note : result.notes()) {
            csv.printRecord("note", note);
        }
        for (ResultTable table : result.tables()) {
            csv.println();
            csv.printRecord("table", table.name(), table.title());
            csv.printRecord(table.columns().stream().map(CellText::heading).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    cells.add(cell(row.get(c)));
                }
                csv.printRecord(cells);
            }
        }
        csv.flush();
    }

    /** A cell at full precision; empty when not estimable. */
    static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String value(Record settings, RecordComponent component) {
        try {
            return String.valueOf(component.getAccessor().invoke(settings));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
