package org.stroma.analysis.table;

import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.inference.FisherExactTest;
import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.ContingencyTable;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.ResultTable;

/**
 * Fisher's exact test, two-sided. A 2 x 2 table uses Commons Statistics {@link FisherExactTest}
 * and reports R's conditional MLE of the odds ratio with its exact interval
 * ({@link ConditionalOddsRatio}) beside the sample odds ratio ad/bc. An r x c table is tested by
 * {@link FisherEnumeration full enumeration}, refused beyond {@value FisherEnumeration#MAX_TABLES}
 * tables with the same margins.
 */
@Component(service = Analysis.class)
public class FisherExact extends BuiltInAnalysis<FisherSettings> {

    public static final String ID = "stroma.fisher-exact";

    public FisherExact() {
        super(ID, 1, "Fisher's exact test", FisherSettings.class, Set.of(InputKind.CONTINGENCY_TABLE));
    }

    @Override
    public String description() {
        return "Exact test of independence of rows and columns given the margins. Two-sided p: the total "
                + "probability of tables no more probable than the observed (relative tolerance 1e-7, as R). "
                + "2 x 2: conditional maximum-likelihood odds ratio with exact confidence interval, as R's "
                + "fisher.test. r x c: full enumeration, refused beyond " + FisherEnumeration.MAX_TABLES
                + " tables (merge categories or use chi-square).";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Fisher RA (1935). The logic of inductive inference. Journal of the "
                + "Royal Statistical Society 98(1):39-82."),
            LiteratureReference.of("Freeman GH, Halton JH (1951). Note on an exact treatment of contingency, goodness "
                + "of fit and other problems of significance. Biometrika 38(1-2):141-149."),
            LiteratureReference.of("Cornfield J (1956). A statistical problem arising from retrospective studies. "
                + "Proceedings of the Third Berkeley Symposium on Mathematical Statistics and Probability 4:135-148."),
            LiteratureReference.of("Mehta CR, Patel NR (1983). A network algorithm for performing Fisher's exact "
                + "test in r x c contingency tables. JASA 78(382):427-434."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, FisherSettings settings, AnalysisProgress progress) {
        CountTable table = CountTable.of((ContingencyTable) input);
        long[][] x = table.counts();
        String ci = SampleSummary.percent(settings.confidenceLevel()) + " CI";
        ResultTable.Builder test = ResultTable.builder("test", name())
                .column(Column.pValue("p", "p (two-sided)"))
                .column(Column.decimal("odds_ratio", "Odds ratio (conditional MLE)"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .column(Column.decimal("sample_odds_ratio", "Sample odds ratio ad/bc"))
                .column(Column.integer("tables", "Tables enumerated")).column(Column.text("method", "Method"));
        if (table.isTwoByTwo()) {
            if (table.total() > Integer.MAX_VALUE) {
                throw new AnalysisInputException("the table's total " + table.total() + " is too large");
            }
            int[][] ints = {{(int) x[0][0], (int) x[0][1]}, {(int) x[1][0], (int) x[1][1]}};
            double p = FisherExactTest.withDefaults().test(ints).getPValue();
            ConditionalOddsRatio or = ConditionalOddsRatio.of(x[0][0], x[0][1], x[1][0], x[1][1],
                    settings.confidenceLevel());
            double sample = (double) x[0][0] * x[1][1] / ((double) x[0][1] * x[1][0]);
            test.row(Math.min(1, p), or.estimate(), or.lower(), or.upper(), sample, null, "hypergeometric (2 x 2)");
        } else {
            FisherEnumeration.Result result = FisherEnumeration.pValue(x, FisherEnumeration.MAX_TABLES, progress);
            test.row(result.p(), null, null, null, null, result.tables(), "full enumeration (r x c)");
        }
        return result(input, settings, table.dataUsed(), List.of(test.build(), table.observedTable()), List.of(),
                table.isTwoByTwo() ? List.of("Odds ratio of the first row/column cell, as R's fisher.test.")
                        : List.of());
    }
}
