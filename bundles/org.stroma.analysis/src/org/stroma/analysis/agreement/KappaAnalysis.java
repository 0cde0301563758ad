package org.stroma.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.Ratings;
import org.stroma.analysis.api.ResultTable;

/**
 * Kappa for two raters: cross-tabulates their categories (the input's scale, or else the values
 * observed, in ascending order) and reports {@link KappaEstimate}.
 */
abstract class KappaAnalysis<S extends Record> extends BuiltInAnalysis<S> {

    KappaAnalysis(String id, String name, Class<S> settingsType) {
        super(id, 1, name, settingsType, Set.of(InputKind.TWO_RATERS));
    }

    protected abstract KappaWeights weights(S settings);

    protected abstract double confidenceLevel(S settings);

    @Override
    protected AnalysisResult compute(AnalysisInput input, S settings, AnalysisProgress progress) {
        Ratings ratings = (Ratings) input;
        RaterMatrix matrix = RaterMatrix.of(ratings, 2, name());
        List<Double> categories = new ArrayList<>(ratings.scale());
        if (categories.isEmpty()) {
            for (double[] row : matrix.values()) for (double v : row) if (!categories.contains(v)) categories.add(v);
            categories.sort(Double::compare);
        }
        if (categories.size() < 2) {
            throw new AnalysisInputException("every rating of " + input.variable() + " is " + label(categories.get(0))
                    + ": kappa needs at least 2 categories (give the scale to include unused ones)");
        }
        int c = categories.size();
        long[][] counts = new long[c][c];
        for (double[] row : matrix.values()) counts[categories.indexOf(row[0])][categories.indexOf(row[1])]++;
        KappaWeights weights = weights(settings);
        KappaEstimate kappa = KappaEstimate.of(counts, weights.matrix(c), confidenceLevel(settings));

        String a = ratings.raters().get(0), b = ratings.raters().get(1);
        ResultTable.Builder agreement = ResultTable.builder("agreement", a + " (rows) by " + b + " (columns)")
                .column(Column.text("category", a));
        for (int j = 0; j < c; j++) agreement.column(Column.integer("c" + (j + 1), label(categories.get(j))));
        for (int i = 0; i < c; i++) {
            Object[] cells = new Object[c + 1];
            cells[0] = label(categories.get(i));
            for (int j = 0; j < c; j++) cells[j + 1] = counts[i][j];
            agreement.row(cells);
        }
        String ci = SampleSummary.percent(confidenceLevel(settings)) + " CI";
        String statistic = weights == KappaWeights.NONE ? "Cohen's kappa"
                : "Weighted kappa (" + weights.name().toLowerCase() + ")";
        ResultTable table = ResultTable.builder("kappa", statistic)
                .column(Column.text("statistic", "Statistic")).column(Column.integer("n", "Subjects"))
                .column(Column.decimal("kappa", "Kappa")).column(Column.decimal("observed", "Observed agreement"))
                .column(Column.decimal("expected", "Chance agreement")).column(Column.decimal("se", "SE"))
                .column(Column.decimal("z", "z (kappa = 0)")).column(Column.pValue("p", "p"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .row(statistic, kappa.n(), kappa.kappa(), kappa.observed(), kappa.expected(), kappa.se(), kappa.z(),
                        kappa.p(), kappa.lower(), kappa.upper())
                .build();
        return result(input, settings, matrix.dataUsed(), List.of(table, agreement.build()),
                List.of(new ChartHint.Intervals(statistic + " with " + ci, "kappa", "statistic", "kappa", "lower",
                        "upper", 0)),
                List.of("Categories in order: " + categories.stream().map(KappaAnalysis::label).toList()
                        + "; standard errors of Fleiss, Cohen and Everitt (1969)."));
    }

    static String label(double category) {
        return category == Math.rint(category) && Math.abs(category) < 1e15 ? Long.toString((long) category)
                : Double.toString(category);
    }
}
