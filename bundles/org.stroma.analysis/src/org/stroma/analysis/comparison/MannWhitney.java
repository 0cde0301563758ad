package org.stroma.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.GroupSamples;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.ResultTable;

/**
 * Mann-Whitney U (Wilcoxon rank-sum) test of two independent groups, two-sided, as R's
 * {@code wilcox.test(x, y)}: W = U of the first group; exact p-value when both groups have fewer
 * than 50 values and there are no ties, otherwise the normal approximation with tie correction
 * and (by default) continuity correction. Delegates to Commons Statistics {@link MannWhitneyUTest}.
 */
@Component(service = Analysis.class)
public class MannWhitney extends BuiltInAnalysis<RankTestSettings> {

    public static final String ID = "stroma.mann-whitney";

    public MannWhitney() {
        super(ID, 1, "Mann-Whitney U test", RankTestSettings.class, Set.of(InputKind.TWO_GROUPS));
    }

    @Override
    public String description() {
        return "Two-sided rank test that values of one group tend to be larger than those of the other. W is the "
                + "Mann-Whitney U of the first group (R's W). Exact p-value when both groups have fewer than 50 "
                + "values and no ties; otherwise the normal approximation with tie and continuity correction.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Mann HB, Whitney DR (1947). On a test of whether one of two random "
                + "variables is stochastically larger than the other. Annals of Mathematical Statistics 18(1):50-60."),
            LiteratureReference.of("Wilcoxon F (1945). Individual comparisons by ranking methods. Biometrics "
                + "Bulletin 1(6):80-83."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, RankTestSettings settings, AnalysisProgress progress) {
        GroupSamples samples = GroupSamples.of((IndependentGroups) input).requireAtLeast(2, name());
        double[] x = samples.values().get(0), y = samples.values().get(1);
        if (KruskalWallis.allEqual(samples.values())) {
            throw new AnalysisInputException("all values of " + input.variable() + " are equal: nothing to rank");
        }
        boolean exactWanted = switch (settings.method()) {
            case AUTO -> x.length < 50 && y.length < 50;
            case EXACT -> true;
            case NORMAL_APPROXIMATION -> false;
        };
        MannWhitneyUTest.Result test = MannWhitneyUTest.withDefaults()
                .with(exactWanted ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
                .with(settings.continuityCorrection() ? ContinuityCorrection.ENABLED : ContinuityCorrection.DISABLED)
                .test(x, y);
        // With ties Commons uses the normal approximation; it may also do so for sizes too large to tabulate.
        boolean exact = exactWanted && !test.hasTiedValues() && exactPossible(x.length, y.length);
        String method = exact ? "exact" : "normal approximation with tie correction";
        ResultTable table = ResultTable.builder("test", name())
                .column(Column.text("comparison", "Comparison")).column(Column.decimal("w", "W (U of first group)"))
                .column(Column.pValue("p", "p (two-sided)")).column(Column.text("method", "Method"))
                .row(samples.samples().get(0).name() + " vs " + samples.samples().get(1).name(), test.getStatistic(),
                        Math.min(1, test.getPValue()), method)
                .build();
        List<String> notes = new ArrayList<>();
        if (test.hasTiedValues()) notes.add("Tied values: normal approximation with tie correction.");
        return result(input, settings, samples.dataUsed(), List.of(table, KruskalWallis.medianTable(samples)),
                List.of(new ChartHint.Boxes("Median, quartiles and range", "groups", "group", "", "min", "q1", "median",
                        "q3", "max")), notes);
    }

    /** Commons computes the exact p-value only while C(n + m, m) is a finite double. */
    private static boolean exactPossible(int n, int m) {
        double logBinomial = 0;
        for (int i = 1; i <= m; i++) logBinomial += Math.log((double) (n + i) / i);
        return logBinomial < Math.log(Double.MAX_VALUE);
    }
}
