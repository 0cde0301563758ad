package org.stroma.analysis.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ContingencyTable;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.ResultTable;

/**
 * Pearson's chi-square test of independence (Commons Statistics {@link ChiSquareTest}), with
 * Yates' continuity correction for 2 x 2 tables as R's {@code chisq.test(correct = TRUE)}:
 * {@code Σ (|O - E| - min(0.5, |O - E|))² / E}. Warns when an expected count is below 5.
 */
@Component(service = Analysis.class)
public class ChiSquare extends BuiltInAnalysis<ChiSquareSettings> {

    public static final String ID = "stroma.chi-square";

    public ChiSquare() {
        super(ID, 1, "Chi-square test of independence", ChiSquareSettings.class, Set.of(InputKind.CONTINGENCY_TABLE));
    }

    @Override
    public String description() {
        return "Pearson's chi-square test of independence of rows and columns on (r - 1)(c - 1) degrees of "
                + "freedom; for 2 x 2 tables optionally with Yates' continuity correction (R's default). The "
                + "approximation is poor when expected counts are below 5: use Fisher's exact test then.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Pearson K (1900). On the criterion that a given system of deviations "
                + "from the probable in the case of a correlated system of variables is such that it can be reasonably "
                + "supposed to have arisen from random sampling. Philosophical Magazine Series 5, 50(302):157-175."),
            LiteratureReference.of("Yates F (1934). Contingency tables involving small numbers and the chi-squared "
                + "test. Supplement to the Journal of the Royal Statistical Society 1(2):217-235."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ChiSquareSettings settings, AnalysisProgress progress) {
        CountTable table = CountTable.of((ContingencyTable) input);
        long[][] x = table.counts();
        double[][] expected = new double[x.length][x[0].length];
        double smallest = Double.POSITIVE_INFINITY;
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                expected[r][c] = (double) table.rowTotals()[r] * table.columnTotals()[c] / table.total();
                smallest = Math.min(smallest, expected[r][c]);
            }
        }
        int df = (x.length - 1) * (x[0].length - 1);
        boolean yates = settings.yatesCorrection() && table.isTwoByTwo();
        double statistic, p;
        if (yates) {
            statistic = yatesStatistic(x, expected);
            p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
        } else {
            SignificanceResult result = ChiSquareTest.withDefaults().test(x);
            statistic = result.getStatistic();
            p = result.getPValue();
        }
        ResultTable test = ResultTable.builder("test", name())
                .column(Column.decimal("statistic", "X²")).column(Column.integer("df", "df"))
                .column(Column.pValue("p", "p")).column(Column.decimal("min_expected", "Smallest expected count"))
                .column(Column.text("correction", "Continuity correction"))
                .row(statistic, df, p, smallest, yates ? "Yates" : "none").build();
        ResultTable.Builder expectedTable = ResultTable.builder("expected", "Expected counts under independence")
                .column(Column.text("row", table.input().rowVariable()));
        for (int c = 0; c < x[0].length; c++) {
            expectedTable.column(Column.decimal("c" + (c + 1), table.input().columns().get(c)));
        }
        for (int r = 0; r < x.length; r++) {
            Object[] cells = new Object[x[0].length + 1];
            cells[0] = table.input().rows().get(r);
            for (int c = 0; c < x[0].length; c++) cells[c + 1] = expected[r][c];
            expectedTable.row(cells);
        }
        List<String> notes = new ArrayList<>();
        if (smallest < 5) {
            notes.add(String.format(Locale.ROOT, "An expected count is below 5 (smallest %.2f): the chi-square "
                    + "approximation may be poor; consider Fisher's exact test.", smallest));
        }
        return result(input, settings, table.dataUsed(), List.of(test, table.observedTable(), expectedTable.build()),
                List.of(), notes);
    }

    /** R's form: one correction min(0.5, |O - E|) for all cells (|O - E| is the same in every cell of a 2 x 2). */
    static double yatesStatistic(long[][] x, double[][] expected) {
        double correction = 0.5;
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) correction = Math.min(correction, Math.abs(x[r][c] - expected[r][c]));
        }
        double sum = 0;
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                double d = Math.abs(x[r][c] - expected[r][c]) - correction;
                sum += d * d / expected[r][c];
            }
        }
        return sum;
    }
}
