package org.stroma.exchange.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;

/**
 * Writes the assessments of one instrument as CSV (RFC 4180, header row, UTF-8 by the caller's
 * writer, which is flushed and left open). Numbers are written as stored, with a dot as decimal separator, so R, SPSS and
 * Stata read them alike whatever the laptop's locale.
 */
public final class CsvExport {

    private static final List<String> KEYS = List.of("study", "site", "subject", "visit", "date", "instrument",
            "instrument_version");

    private CsvExport() {
    }

    /** Writes the table; returns the number of data rows. */
    public static int write(Study study, String instrumentId, CsvLayout layout, Appendable out) throws IOException {
        AssessmentRows table = AssessmentRows.of(study, instrumentId);
        if (table.rows().isEmpty()) {
            throw new IllegalArgumentException("study " + study.getId() + " has no " + instrumentId + " assessments");
        }
        return layout == CsvLayout.LONG ? writeLong(table, out) : writeWide(table, out);
    }

    private static int writeLong(AssessmentRows table, Appendable out) throws IOException {
        List<String> header = new ArrayList<>(KEYS);
        header.addAll(List.of("kind", "code", "value", "unit"));
        CSVPrinter csv = printer(out, header);
        int rows = 0;
        for (AssessmentRows.Row row : table.rows()) {
            for (ItemValue item : row.assessment().getItemValues()) {
                csv.printRecord(keys(table, row, "item", item.getCode(), item.getValue(), ""));
                rows++;
            }
            for (ScoreValue score : row.assessment().getScoreValues()) {
                csv.printRecord(keys(table, row, "score", score.getCode(), number(score.getValue()),
                        score.getUnit() == null ? "" : score.getUnit()));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    private static int writeWide(AssessmentRows table, Appendable out) throws IOException {
        List<String> columns = table.columns();
        List<String> header = new ArrayList<>(KEYS);
        header.addAll(columns);
        CSVPrinter csv = printer(out, header);
        for (AssessmentRows.Row row : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            row.assessment().getItemValues().forEach(item -> values.put(item.getCode(), item.getValue()));
            row.assessment().getScoreValues()
                    .forEach(score -> values.put("score_" + score.getCode(), number(score.getValue())));
            List<String> record = keys(table, row);
            for (String column : columns) {
                record.add(values.getOrDefault(column, ""));
            }
            csv.printRecord(record);
        }
        csv.flush();
        return table.rows().size();
    }

    private static CSVPrinter printer(Appendable out, List<String> header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    }

    private static List<String> keys(AssessmentRows table, AssessmentRows.Row row, String... rest) {
        List<String> record = new ArrayList<>(List.of(table.study().getId(), row.site(), row.subjectId(), row.visit(),
                row.date(), table.instrumentId(), String.valueOf(row.assessment().getInstrumentVersion())));
        record.addAll(List.of(rest));
        return record;
    }

    /** Plain decimal text, never exponent notation or a locale's comma; empty when not a number. */
    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
