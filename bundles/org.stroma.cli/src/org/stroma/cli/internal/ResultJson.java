package org.stroma.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.study.PreparedInput;

/**
 * An analysis result as one JSON document for R, Python or a pipeline: everything needed to
 * reproduce it (analysis id and version, settings, the input with every value) and the tables
 * with each row an object keyed by column key. Numbers keep full precision; empty cells are null.
 */
final class ResultJson {

    private ResultJson() {
    }

    static String of(Analysis<?> analysis, AnalysisResult result, PreparedInput prepared) {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> producer = new LinkedHashMap<>();
        producer.put("id", result.analysisId());
        producer.put("version", result.analysisVersion());
        producer.put("name", analysis.name());
        document.put("analysis", producer);
        document.put("source", prepared.source());
        document.put("settings", result.settings());
        document.put("input", typed(result.input()));
        DataUsed data = result.data();
        Map<String, Object> used = new LinkedHashMap<>(JsonWriter.components(data));
        used.put("exclusions", prepared.exclusions(result));
        document.put("data", used);
        List<Object> tables = new ArrayList<>();
        for (ResultTable table : result.tables()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", table.name());
            json.put("title", table.title());
            json.put("columns", table.columns());
            List<Object> rows = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                Map<String, Object> cells = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    Column column = table.columns().get(c);
                    cells.put(column.key(), row.get(c));
                }
                rows.add(cells);
            }
            json.put("rows", rows);
            tables.add(json);
        }
        document.put("tables", tables);
        List<Object> charts = new ArrayList<>();
        for (ChartHint chart : result.charts()) charts.add(typed(chart));
        document.put("charts", charts);
        document.put("notes", result.notes());
        return JsonWriter.write(document);
    }

    /** A record as an object whose first member {@code type} names its kind, e.g. {@code IndependentGroups}. */
    private static Map<String, Object> typed(Object value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", value.getClass().getSimpleName());
        if (value instanceof Record record) json.putAll(JsonWriter.components(record));
        return json;
    }
}
