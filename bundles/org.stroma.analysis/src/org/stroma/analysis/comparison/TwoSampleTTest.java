package org.stroma.analysis.comparison;

import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.GroupSamples;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.ResultTable;

/**
 * Two-sample t-test, two-sided, of first group minus second (R's {@code t.test(x, y)}): t, df
 * and p from Commons Statistics {@link TTest}; the confidence interval of the difference of means
 * from the same standard error and df.
 */
abstract class TwoSampleTTest extends BuiltInAnalysis<ConfidenceSettings> {

    private final boolean equalVariances;

    TwoSampleTTest(String id, String name, boolean equalVariances) {
        super(id, 1, name, ConfidenceSettings.class, Set.of(InputKind.TWO_GROUPS));
        this.equalVariances = equalVariances;
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ConfidenceSettings settings, AnalysisProgress progress) {
        GroupSamples samples = GroupSamples.of((IndependentGroups) input).requireAtLeast(2, name());
        double[] x = samples.values().get(0), y = samples.values().get(1);
        double vx = Variance.of(x).getAsDouble(), vy = Variance.of(y).getAsDouble();
        if (vx == 0 && vy == 0) {
            throw new AnalysisInputException("both groups have all values of " + input.variable()
                    + " equal: zero variance, so the t statistic is undefined");
        }
        int nx = x.length, ny = y.length;
        double se = equalVariances
                ? Math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2) * (1.0 / nx + 1.0 / ny))
                : Math.sqrt(vx / nx + vy / ny);
        TTest.Result test = TTest.withDefaults()
                .with(equalVariances ? DataDispersion.HOMOSCEDASTIC : DataDispersion.HETEROSCEDASTIC).test(x, y);
        double difference = Mean.of(x).getAsDouble() - Mean.of(y).getAsDouble();
        double half = SampleSummary.tQuantile(settings.confidenceLevel(), test.getDegreesOfFreedom()) * se;
        String ci = SampleSummary.percent(settings.confidenceLevel()) + " CI";
        String label = samples.samples().get(0).name() + " - " + samples.samples().get(1).name();
        ResultTable table = ResultTable.builder("test", name())
                .column(Column.text("comparison", "Comparison")).column(Column.decimal("difference", "Mean difference"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .column(Column.decimal("se", "SE")).column(Column.decimal("t", "t"))
                .column(Column.decimal("df", "df")).column(Column.pValue("p", "p (two-sided)"))
                .row(label, difference, difference - half, difference + half, se, test.getStatistic(),
                        test.getDegreesOfFreedom(), test.getPValue())
                .build();
        List<ChartHint> charts = List.of(new ChartHint.Bars("Mean ± SEM", "groups", "group", "", "mean", "sem", "SEM"),
            new ChartHint.Intervals("Difference of means", "test", "comparison", "difference", "lower", "upper", 0));
        return result(input, settings, samples.dataUsed(), List.of(table, OneWayAnova.groupTable(samples,
                settings.confidenceLevel())), charts, List.of(equalVariances
                        ? "Pooled variance (equal variances assumed)."
                        : "Welch-Satterthwaite degrees of freedom (variances not assumed equal)."));
    }
}
