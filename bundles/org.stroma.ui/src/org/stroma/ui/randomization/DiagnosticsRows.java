package org.stroma.ui.randomization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.stroma.randomization.ImbalanceDistribution;
import org.stroma.randomization.SchemeDiagnostics;

/**
 * Simulated schemes side by side, as table rows: one row per measure, one column per scheme, in
 * the order and words of {@link SchemeDiagnostics#sideBySide}, with the mean imbalance per stratum
 * and per factor level after them. Values are written as the command line writes them (3
 * decimals at most, shares in per cent), so the two can be compared.
 */
final class DiagnosticsRows {

    /** The distributions a reader can look at bar by bar, by name. */
    static final Map<String, Function<SchemeDiagnostics, ImbalanceDistribution>> DISTRIBUTIONS = Map.of(
            "overall imbalance", SchemeDiagnostics::overall,
            "worst stratum imbalance", SchemeDiagnostics::worstStratum,
            "worst factor level imbalance", SchemeDiagnostics::worstFactorLevel);
    /** {@link #DISTRIBUTIONS} in the order they are offered. */
    static final List<String> DISTRIBUTION_NAMES = List.of("overall imbalance", "worst stratum imbalance",
            "worst factor level imbalance");

    private DiagnosticsRows() {
    }

    /** Column titles: "Measure", then "[1] permuted blocks"... */
    static List<String> headers(List<SchemeDiagnostics> schemes) {
        List<String> headers = new ArrayList<>();
        headers.add("Measure");
        for (int i = 0; i < schemes.size(); i++) {
            headers.add(label(i, schemes.get(i)));
        }
        return headers;
    }

    /** "[1] permuted blocks", the column title of a scheme. */
    static String label(int index, SchemeDiagnostics scheme) {
        return "[" + (index + 1) + "] " + scheme.method();
    }

    /** Each row: the measure, then its value for each scheme. */
    static List<List<String>> rows(List<SchemeDiagnostics> schemes) {
        List<List<String>> rows = new ArrayList<>();
        row(rows, schemes, "trials x subjects", d -> d.trials() + " x " + d.plannedSubjects());
        for (String name : DISTRIBUTION_NAMES) {
            Function<SchemeDiagnostics, ImbalanceDistribution> measure = DISTRIBUTIONS.get(name);
            row(rows, schemes, name + ": mean", d -> number(measure.apply(d).mean()));
            row(rows, schemes, name + ": median", d -> number(measure.apply(d).median()));
            row(rows, schemes, name + ": 95th percentile", d -> number(measure.apply(d).percentile95()));
            row(rows, schemes, name + ": max", d -> number(measure.apply(d).max()));
            row(rows, schemes, name + ": share of trials at 0", d -> percent(measure.apply(d).shareBalanced()));
        }
        row(rows, schemes, "correct guess probability", d -> number(d.correctGuessProbability()));
        row(rows, schemes, "chance guess probability", d -> number(d.chanceGuessProbability()));
        if (!schemes.isEmpty() && schemes.get(0).meanImbalanceByStratum().size() > 1) {
            for (String stratum : schemes.get(0).meanImbalanceByStratum().keySet()) {
                row(rows, schemes, "mean imbalance in " + stratum,
                        d -> number(d.meanImbalanceByStratum().getOrDefault(stratum, Double.NaN)));
            }
        }
        if (!schemes.isEmpty() && schemes.get(0).meanImbalanceByFactorLevel().size() > 1) {
            for (String level : schemes.get(0).meanImbalanceByFactorLevel().keySet()) {
                row(rows, schemes, "mean imbalance at " + level,
                        d -> number(d.meanImbalanceByFactorLevel().getOrDefault(level, Double.NaN)));
            }
        }
        return rows;
    }

    /** Each imbalance value seen in any scheme, then the share of each scheme's trials with it. */
    static List<List<String>> shares(List<SchemeDiagnostics> schemes, String distribution) {
        Function<SchemeDiagnostics, ImbalanceDistribution> measure = DISTRIBUTIONS.get(distribution);
        TreeSet<Double> values = new TreeSet<>();
        schemes.forEach(d -> values.addAll(measure.apply(d).shares().keySet()));
        List<List<String>> rows = new ArrayList<>();
        for (Double value : values) {
            List<String> row = new ArrayList<>();
            row.add(number(value));
            schemes.forEach(d -> row.add(percent(measure.apply(d).shares().getOrDefault(value, 0.0))));
            rows.add(row);
        }
        return rows;
    }

    private static void row(List<List<String>> rows, List<SchemeDiagnostics> schemes, String name,
            Function<SchemeDiagnostics, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(name);
        schemes.forEach(d -> row.add(cell.apply(d)));
        rows.add(row);
    }

    /** The value to 3 decimals without trailing zeros: 2, 0.5, 1.333 (as the command line writes it). */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String percent(double share) {
        return BigDecimal.valueOf(100 * share).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
