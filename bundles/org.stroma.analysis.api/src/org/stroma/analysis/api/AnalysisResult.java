package org.stroma.analysis.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an analysis returns: typed tables and chart hints that any table, chart or report renders
 * generically, plus everything needed to reproduce it. Running the analysis named by
 * {@code analysisId} and {@code analysisVersion} on {@code input} with {@code settings} again
 * gives an equal result. Holds no time stamp: storage records when and by whom.
 *
 * @param analysisId {@link Analysis#id()} of the producer
 * @param analysisVersion {@link Analysis#version()} of the producer
 * @param input the input as given
 * @param settings the settings used
 * @param data what entered the analysis and what was excluded
 * @param tables result tables; names unique
 * @param charts hints referring to those tables and their columns
 * @param notes methodological notes and warnings for the reader, e.g. which p-value method was used
 * @since 1.0
 */
public record AnalysisResult(String analysisId, int analysisVersion, AnalysisInput input, Record settings,
        DataUsed data, List<ResultTable> tables, List<ChartHint> charts, List<String> notes) {

    public AnalysisResult {
        Inputs.requireText(analysisId, "analysis id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(data, "data");
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
        Map<String, ResultTable> byName = new HashMap<>();
        for (ResultTable table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalArgumentException("two result tables are named " + table.name());
            }
        }
        for (ChartHint chart : charts) {
            ResultTable table = byName.get(chart.table());
            if (table == null) {
                throw new IllegalArgumentException("chart '" + chart.title() + "' refers to missing table " + chart.table());
            }
            for (String column : chart.columns()) {
                if (!table.hasColumn(column)) {
                    throw new IllegalArgumentException("chart '" + chart.title() + "' refers to missing column "
                            + chart.table() + "." + column);
                }
            }
        }
    }

    public Optional<ResultTable> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /** @throws IllegalArgumentException if there is no such table */
    public ResultTable requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalArgumentException(analysisId + " has no table " + name));
    }
}
