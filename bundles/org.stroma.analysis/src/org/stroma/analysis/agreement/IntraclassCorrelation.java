package org.stroma.analysis.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.distribution.FDistribution;
import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.Ratings;
import org.stroma.analysis.api.ResultTable;

/**
 * Intraclass correlation coefficients of n subjects each rated by the same k raters, in the six
 * forms of Shrout and Fleiss (1979), named also as McGraw and Wong (1996):
 * <ul>
 * <li>ICC(1,1) = ICC(1): one-way random effects, single rater;</li>
 * <li>ICC(2,1) = ICC(A,1): two-way random effects, absolute agreement, single rater;</li>
 * <li>ICC(3,1) = ICC(C,1): two-way mixed effects, consistency, single rater;</li>
 * <li>ICC(1,k), ICC(2,k) = ICC(A,k), ICC(3,k) = ICC(C,k): the same for the mean of k raters.</li>
 * </ul>
 * Mean squares come from centred two-way ANOVA sums of squares. Confidence intervals are the exact
 * F-based ones for forms 1 and 3 and Satterthwaite's approximation for form 2 (McGraw and Wong
 * 1996, Table 7; the same as R package psych's {@code ICC}); the F test is of ICC = 0.
 */
@Component(service = Analysis.class)
public class IntraclassCorrelation extends BuiltInAnalysis<ConfidenceSettings> {

    public static final String ID = "stroma.icc";

    /**
     * @param bms between-subjects mean square
     * @param wms within-subjects mean square
     * @param jms between-raters (judges) mean square
     * @param ems residual mean square
     * @param n subjects
     * @param k raters
     */
    public record MeanSquares(double bms, double wms, double jms, double ems, int n, int k) {
    }

    /**
     * One form of ICC.
     *
     * @param form Shrout and Fleiss name, e.g. "ICC(2,1)"
     * @param mcGrawWong McGraw and Wong name, e.g. "ICC(A,1)"
     * @param model model, type and unit in words
     * @param value the coefficient
     * @param f F statistic of the test of ICC = 0
     * @param df1 numerator df
     * @param df2 denominator df
     * @param p P(F > f)
     * @param lower lower end of the confidence interval
     * @param upper upper end
     */
    public record Coefficient(String form, String mcGrawWong, String model, double value, double f, double df1,
            double df2, double p, double lower, double upper) {
    }

    public IntraclassCorrelation() {
        super(ID, 1, "Intraclass correlation (ICC)", ConfidenceSettings.class, Set.of(InputKind.RATINGS));
    }

    @Override
    public String description() {
        return "Reliability of a continuous measure rated by k raters on n subjects: ICC(1,1), ICC(2,1), "
                + "ICC(3,1) and their k-rater averages after Shrout & Fleiss (1979), with McGraw & Wong (1996) "
                + "names, F tests of ICC = 0 and confidence intervals (F-based; Satterthwaite for ICC(2,·)). "
                + "Subjects missing any rating are excluded.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Shrout PE, Fleiss JL (1979). Intraclass correlations: uses in "
                + "assessing rater reliability. Psychological Bulletin 86(2):420-428."),
            LiteratureReference.of("McGraw KO, Wong SP (1996). Forming inferences about some intraclass correlation "
                + "coefficients. Psychological Methods 1(1):30-46."),
            LiteratureReference.of("Koo TK, Li MY (2016). A guideline of selecting and reporting intraclass "
                + "correlation coefficients for reliability research. Journal of Chiropractic Medicine "
                + "15(2):155-163."));
    }

    /** Two-way ANOVA mean squares of a subjects x raters matrix, from centred sums of squares. */
    public static MeanSquares meanSquares(double[][] x) {
        int n = x.length, k = x[0].length;
        double grand = 0;
        double[] rowMeans = new double[n], columnMeans = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rowMeans[i] += x[i][j] / k;
                columnMeans[j] += x[i][j] / n;
                grand += x[i][j] / ((double) n * k);
            }
        }
        double ssRows = 0, ssColumns = 0, ssWithin = 0, ssError = 0;
        for (int i = 0; i < n; i++) ssRows += k * (rowMeans[i] - grand) * (rowMeans[i] - grand);
        for (int j = 0; j < k; j++) ssColumns += n * (columnMeans[j] - grand) * (columnMeans[j] - grand);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double within = x[i][j] - rowMeans[i], residual = within - columnMeans[j] + grand;
                ssWithin += within * within;
                ssError += residual * residual;
            }
        }
        return new MeanSquares(ssRows / (n - 1), ssWithin / (n * (k - 1.0)), ssColumns / (k - 1),
                ssError / ((n - 1.0) * (k - 1)), n, k);
    }

    /** The six coefficients with F tests and confidence intervals. */
    public static List<Coefficient> coefficients(MeanSquares ms, double confidenceLevel) {
        double a = (1 - confidenceLevel) / 2;
        int n = ms.n(), k = ms.k();
        double bms = ms.bms(), wms = ms.wms(), jms = ms.jms(), ems = ms.ems();
        List<Coefficient> out = new ArrayList<>();
        // Form 1: F = BMS/WMS on (n - 1, n(k - 1)).
        double df1 = n - 1, dfWithin = n * (k - 1.0), dfError = (n - 1.0) * (k - 1);
        double f1 = bms / wms, f1Low = f1 / upperF(a, df1, dfWithin), f1High = f1 * upperF(a, dfWithin, df1);
        double p1 = FDistribution.of(df1, dfWithin).survivalProbability(f1);
        out.add(new Coefficient("ICC(1,1)", "ICC(1)", "one-way random effects, absolute agreement, single rater",
                (bms - wms) / (bms + (k - 1) * wms), f1, df1, dfWithin, p1, (f1Low - 1) / (f1Low + k - 1),
                (f1High - 1) / (f1High + k - 1)));
        // Form 2: Satterthwaite df for the interval (McGraw and Wong 1996, Table 7, case 2A).
        double icc2 = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
        double f3 = bms / ems, p3 = FDistribution.of(df1, dfError).survivalProbability(f3);
        double fj = jms / ems;
        double c = n * (1 + (k - 1) * icc2) - k * icc2;
        double v = (k - 1) * (n - 1) * Math.pow(k * icc2 * fj + c, 2)
                / ((n - 1) * Math.pow(k * icc2 * fj, 2) + c * c);
        double fStar = upperF(a, df1, v), fStarStar = upperF(a, v, df1);
        double tail = k * jms + (k * n - k - n) * ems;
        double low2 = n * (bms - fStar * ems) / (fStar * tail + n * bms);
        double high2 = n * (fStarStar * bms - ems) / (tail + n * fStarStar * bms);
        out.add(new Coefficient("ICC(2,1)", "ICC(A,1)", "two-way random effects, absolute agreement, single rater",
                icc2, f3, df1, dfError, p3, low2, high2));
        // Form 3: F = BMS/EMS on (n - 1, (n - 1)(k - 1)).
        double f3Low = f3 / upperF(a, df1, dfError), f3High = f3 * upperF(a, dfError, df1);
        out.add(new Coefficient("ICC(3,1)", "ICC(C,1)", "two-way mixed effects, consistency, single rater",
                (bms - ems) / (bms + (k - 1) * ems), f3, df1, dfError, p3, (f3Low - 1) / (f3Low + k - 1),
                (f3High - 1) / (f3High + k - 1)));
        // Averages of k raters: Spearman-Brown of the single-rater bounds for form 2.
        out.add(new Coefficient("ICC(1,k)", "ICC(k)", "one-way random effects, absolute agreement, mean of k raters",
                (bms - wms) / bms, f1, df1, dfWithin, p1, 1 - 1 / f1Low, 1 - 1 / f1High));
        out.add(new Coefficient("ICC(2,k)", "ICC(A,k)",
                "two-way random effects, absolute agreement, mean of k raters", (bms - ems) / (bms + (jms - ems) / n),
                f3, df1, dfError, p3, spearmanBrown(low2, k), spearmanBrown(high2, k)));
        out.add(new Coefficient("ICC(3,k)", "ICC(C,k)", "two-way mixed effects, consistency, mean of k raters",
                (bms - ems) / bms, f3, df1, dfError, p3, 1 - 1 / f3Low, 1 - 1 / f3High));
        return out;
    }

    private static double upperF(double alpha, double df1, double df2) {
        return FDistribution.of(df1, df2).inverseSurvivalProbability(alpha);
    }

    private static double spearmanBrown(double single, int k) {
        return k * single / (1 + (k - 1) * single);
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ConfidenceSettings settings, AnalysisProgress progress) {
        RaterMatrix matrix = RaterMatrix.of((Ratings) input, 2, name());
        MeanSquares ms = meanSquares(matrix.values());
        if (!(ms.bms() > 0 || ms.wms() > 0)) {
            throw new AnalysisInputException("all ratings of " + input.variable() + " are equal: zero variance, "
                    + "so the intraclass correlation is undefined");
        }
        int n = ms.n(), k = ms.k();
        ResultTable anova = ResultTable.builder("anova", "Two-way ANOVA (subjects x raters)")
                .column(Column.text("source", "Source")).column(Column.integer("df", "df"))
                .column(Column.decimal("ms", "Mean square"))
                .row("Between subjects (BMS)", n - 1, ms.bms())
                .row("Within subjects (WMS)", n * (k - 1), ms.wms())
                .row("Between raters (JMS)", k - 1, ms.jms())
                .row("Residual (EMS)", (n - 1) * (k - 1), ms.ems()).build();
        String ci = SampleSummary.percent(settings.confidenceLevel()) + " CI";
        ResultTable.Builder icc = ResultTable.builder("icc", "Intraclass correlation coefficients")
                .column(Column.text("form", "Shrout & Fleiss")).column(Column.text("mcgraw_wong", "McGraw & Wong"))
                .column(Column.text("model", "Model")).column(Column.decimal("icc", "ICC"))
                .column(Column.decimal("f", "F")).column(Column.decimal("df1", "df1"))
                .column(Column.decimal("df2", "df2")).column(Column.pValue("p", "p"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"));
        for (Coefficient c : coefficients(ms, settings.confidenceLevel())) {
            icc.row(c.form(), c.mcGrawWong(), c.model(), c.value(), c.f(), c.df1(), c.df2(), c.p(), c.lower(),
                    c.upper());
        }
        return result(input, settings, matrix.dataUsed(), List.of(icc.build(), anova),
                List.of(new ChartHint.Intervals("ICC with " + ci, "icc", "form", "icc", "lower", "upper", 0)),
                List.of("Report the form used: single-rater forms for one rater's reliability, k-rater forms when "
                        + "the mean of k raters is the measurement."));
    }
}
