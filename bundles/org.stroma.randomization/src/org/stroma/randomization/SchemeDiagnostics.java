package org.stroma.randomization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a simulation of a scheme shows, for a statistician to judge the scheme before its list
 * goes live and to compare schemes side by side.
 *
 * @param scheme                     the scheme in one line ({@link RandomizationScheme#summary()})
 * @param method                     the method in words
 * @param trials                     number of simulated trials
 * @param plannedSubjects            subjects per trial
 * @param overall                    imbalance between arms over the whole trial
 * @param worstStratum               per trial, the largest imbalance within any stratum of the
 *                                   population (every combination of its factors' levels; a
 *                                   population without factors has the one stratum and level
 *                                   {@code all})
 * @param meanImbalanceByStratum     per stratum key, the mean imbalance within it
 * @param worstFactorLevel           per trial, the largest imbalance among the subjects at any
 *                                   one level of any factor (what minimization balances)
 * @param meanImbalanceByFactorLevel per {@code factor=level}, the mean imbalance at that level
 * @param correctGuessProbability    mean share of allocations guessed right by the convergence
 *                                   strategy
 * @param chanceGuessProbability     the share a guesser gets by always naming the largest arm
 *                                   (1/arms for equal ratios)
 * @since 0.1
 */
public record SchemeDiagnostics(String scheme, String method, int trials, int plannedSubjects,
        ImbalanceDistribution overall, ImbalanceDistribution worstStratum, Map<String, Double> meanImbalanceByStratum,
        ImbalanceDistribution worstFactorLevel, Map<String, Double> meanImbalanceByFactorLevel,
        double correctGuessProbability, double chanceGuessProbability) {

    /** Keeps unmodifiable copies of the per-stratum and per-level means, in their order. */
    public SchemeDiagnostics {
        meanImbalanceByStratum = Collections.unmodifiableMap(new LinkedHashMap<>(meanImbalanceByStratum));
        meanImbalanceByFactorLevel = Collections.unmodifiableMap(new LinkedHashMap<>(meanImbalanceByFactorLevel));
    }

    /** @return a plain multi-line summary for the command line */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(scheme).append('\n');
        text.append(trials).append(" simulated trials of ").append(plannedSubjects).append(" subjects\n");
        distribution(text, "overall imbalance", overall);
        text.append("  share of trials by overall imbalance:");
        overall.shares().forEach((value, share) -> text.append(' ').append(number(value)).append(": ")
                .append(percent(share)));
        text.append('\n');
        distribution(text, "worst stratum imbalance", worstStratum);
        meanImbalanceByStratum.forEach((key, mean) -> text.append("  mean imbalance in ").append(key).append(": ")
                .append(number(mean)).append('\n'));
        distribution(text, "worst factor level imbalance", worstFactorLevel);
        meanImbalanceByFactorLevel.forEach((key, mean) -> text.append("  mean imbalance at ").append(key).append(": ")
                .append(number(mean)).append('\n'));
        text.append("correct guess probability (convergence strategy): ").append(number(correctGuessProbability))
                .append(" (chance ").append(number(chanceGuessProbability)).append(")\n");
        return text.toString();
    }

    /**
     * @return a table comparing schemes: one row per measure, one column per scheme, the
     *         columns numbered and the schemes named above the table
     */
    public static String sideBySide(List<SchemeDiagnostics> schemes) {
        List<String> labels = new ArrayList<>();
        labels.add("measure");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < schemes.size(); i++) {
            labels.add("[" + (i + 1) + "]");
            text.append('[').append(i + 1).append("] ").append(schemes.get(i).scheme()).append('\n');
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(labels);
        row(rows, schemes, "trials x subjects", d -> d.trials() + " x " + d.plannedSubjects());
        distributionRows(rows, schemes, "overall imbalance", SchemeDiagnostics::overall);
        distributionRows(rows, schemes, "worst stratum imbalance", SchemeDiagnostics::worstStratum);
        distributionRows(rows, schemes, "worst factor level imbalance", SchemeDiagnostics::worstFactorLevel);
        row(rows, schemes, "correct guess probability", d -> number(d.correctGuessProbability()));
        row(rows, schemes, "chance guess probability", d -> number(d.chanceGuessProbability()));
        int[] widths = new int[labels.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                text.append(c == 0 ? cell + " ".repeat(widths[c] - cell.length())
                        : "  " + " ".repeat(widths[c] - cell.length()) + cell);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void distributionRows(List<List<String>> rows, List<SchemeDiagnostics> schemes, String name,
            Function<SchemeDiagnostics, ImbalanceDistribution> measure) {
        row(rows, schemes, name + ": mean", d -> number(measure.apply(d).mean()));
        row(rows, schemes, name + ": median", d -> number(measure.apply(d).median()));
        row(rows, schemes, name + ": 95th percentile", d -> number(measure.apply(d).percentile95()));
        row(rows, schemes, name + ": max", d -> number(measure.apply(d).max()));
        row(rows, schemes, name + ": share of trials at 0", d -> percent(measure.apply(d).shareBalanced()));
    }

    private static void row(List<List<String>> rows, List<SchemeDiagnostics> schemes, String name,
            Function<SchemeDiagnostics, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(name);
        schemes.forEach(d -> row.add(cell.apply(d)));
        rows.add(row);
    }

    private static void distribution(StringBuilder text, String name, ImbalanceDistribution distribution) {
        text.append(name).append(": mean ").append(number(distribution.mean())).append(", median ")
                .append(number(distribution.median())).append(", 95th percentile ")
                .append(number(distribution.percentile95())).append(", max ").append(number(distribution.max()))
                .append('\n');
    }

    /** @return the value to 3 decimals without trailing zeros: 2, 0.5, 1.333 */
    private static String number(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(100 * share).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
