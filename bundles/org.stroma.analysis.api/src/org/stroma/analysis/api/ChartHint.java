package org.stroma.analysis.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a result table may be drawn. A hint names a table and its columns; the chart code needs no
 * knowledge of the analysis. Optional column names are empty strings.
 *
 * @since 1.0
 */
public sealed interface ChartHint {

    /** Caption. */
    String title();

    /** The {@link ResultTable#name()} drawn. */
    String table();

    /** Every column this hint reads (empty optional ones left out). */
    List<String> columns();

    /**
     * Bars of {@code value} per {@code category}, optionally split by {@code series}, with
     * symmetric error bars {@code value ± error}.
     *
     * @param errorMeaning what the error bar is, e.g. "SEM" or "SD"
     */
    record Bars(String title, String table, String category, String series, String value, String error,
            String errorMeaning) implements ChartHint {
        public Bars {
            Objects.requireNonNull(errorMeaning, "errorMeaning");
        }

        @Override
        public List<String> columns() {
            return present(category, series, value, error);
        }
    }

    /**
     * Box plots from five-number summaries per {@code category} (optionally per {@code series});
     * whiskers run to {@code low} and {@code high} (here minimum and maximum).
     */
    record Boxes(String title, String table, String category, String series, String low, String lowerQuartile,
            String median, String upperQuartile, String high) implements ChartHint {
        @Override
        public List<String> columns() {
            return present(category, series, low, lowerQuartile, median, upperQuartile, high);
        }
    }

    /**
     * Individual values per {@code category} (optionally per {@code series}), one point per row,
     * labelled by {@code subject}.
     */
    record Points(String title, String table, String category, String series, String value, String subject)
            implements ChartHint {
        @Override
        public List<String> columns() {
            return present(category, series, value, subject);
        }
    }

    /**
     * Estimates with intervals, one line per row (e.g. Tukey pairwise differences), with a
     * vertical line at {@code reference} (e.g. 0 for differences, 1 for ratios).
     */
    record Intervals(String title, String table, String label, String estimate, String lower, String upper,
            double reference) implements ChartHint {
        @Override
        public List<String> columns() {
            return present(label, estimate, lower, upper);
        }
    }

    /** One line per subject joining {@code first} and {@code second} (before and after). */
    record PairedLines(String title, String table, String subject, String first, String second) implements ChartHint {
        @Override
        public List<String> columns() {
            return present(subject, first, second);
        }
    }

    private static List<String> present(String... columns) {
        List<String> present = new ArrayList<>();
        for (String column : Arrays.asList(columns)) {
            if (column != null && !column.isEmpty()) present.add(column);
        }
        return present;
    }
}
