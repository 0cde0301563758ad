package org.stroma.analysis.comparison;

import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.ranking.NaNStrategy;
import org.apache.commons.statistics.ranking.NaturalRanking;
import org.apache.commons.statistics.ranking.TiesStrategy;
import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.GroupSamples;
import org.stroma.analysis.SampleSummary;
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
import org.stroma.analysis.api.NoSettings;
import org.stroma.analysis.api.ResultTable;

/**
 * Kruskal-Wallis rank test of k independent groups with the tie correction
 * {@code H / (1 - Σ(t³ - t) / (N³ - N))} and the chi-square approximation on k - 1 df, as R's
 * {@code kruskal.test}. Written here because neither Commons Statistics 1.2 nor Commons Math 3.6
 * has it; ranking (average ranks for ties) and the chi-square distribution come from Commons
 * Statistics.
 */
@Component(service = Analysis.class)
public class KruskalWallis extends BuiltInAnalysis<NoSettings> {

    public static final String ID = "stroma.kruskal-wallis";

    /**
     * @param h tie-corrected statistic
     * @param df k - 1
     * @param p P(chi-square(df) > h)
     * @param tieCorrection the divisor 1 - Σ(t³ - t)/(N³ - N)
     * @param meanRanks mean rank per group
     */
    public record Test(double h, int df, double p, double tieCorrection, double[] meanRanks) {
    }

    public KruskalWallis() {
        super(ID, 1, "Kruskal-Wallis test", NoSettings.class, Set.of(InputKind.K_GROUPS));
    }

    @Override
    public String description() {
        return "Rank test that k independent groups come from the same distribution: H from average ranks, "
                + "corrected for ties, compared with chi-square on k - 1 degrees of freedom (asymptotic).";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Kruskal WH, Wallis WA (1952). Use of ranks in one-criterion variance "
                + "analysis. Journal of the American Statistical Association 47(260):583-621."));
    }

    /** @throws AnalysisInputException if all values are equal (H undefined) */
    public static Test test(List<double[]> groups) {
        if (allEqual(groups)) {
            throw new AnalysisInputException("all values are equal: the Kruskal-Wallis statistic is undefined");
        }
        int total = groups.stream().mapToInt(g -> g.length).sum();
        double[] all = new double[total];
        int at = 0;
        for (double[] g : groups) {
            System.arraycopy(g, 0, all, at, g.length);
            at += g.length;
        }
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).apply(all);
        double sum = 0;
        double[] meanRanks = new double[groups.size()];
        at = 0;
        for (int g = 0; g < groups.size(); g++) {
            double rankSum = 0;
            for (int i = 0; i < groups.get(g).length; i++) rankSum += ranks[at++];
            meanRanks[g] = rankSum / groups.get(g).length;
            sum += rankSum * rankSum / groups.get(g).length;
        }
        double n = total;
        double h = 12 * sum / (n * (n + 1)) - 3 * (n + 1);
        double correction = 1 - tieSum(all) / (n * n * n - n);
        h /= correction;
        int df = groups.size() - 1;
        return new Test(h, df, ChiSquaredDistribution.of(df).survivalProbability(h), correction, meanRanks);
    }

    /** Σ (t³ - t) over groups of tied values. */
    private static double tieSum(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        double sum = 0;
        for (int i = 0; i < sorted.length;) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            double t = j - i;
            sum += t * t * t - t;
            i = j;
        }
        return sum;
    }

    static boolean allEqual(List<double[]> groups) {
        double first = groups.get(0)[0];
        return groups.stream().allMatch(g -> java.util.Arrays.stream(g).allMatch(v -> v == first));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, NoSettings settings, AnalysisProgress progress) {
        GroupSamples samples = GroupSamples.of((IndependentGroups) input).requireAtLeast(2, name());
        Test test = test(samples.values());
        ResultTable table = ResultTable.builder("test", name())
                .column(Column.decimal("h", "H (tie-corrected)")).column(Column.integer("df", "df"))
                .column(Column.pValue("p", "p")).column(Column.decimal("tie_correction", "Tie correction factor"))
                .row(test.h(), test.df(), test.p(), test.tieCorrection()).build();
        ResultTable groups = medianTable(samples);
        ResultTable.Builder ranks = ResultTable.builder("ranks", "Mean ranks")
                .column(Column.text("group", "Group")).column(Column.integer("n", "n"))
                .column(Column.decimal("mean_rank", "Mean rank"));
        for (int g = 0; g < samples.samples().size(); g++) {
            GroupSamples.Sample sample = samples.samples().get(g);
            ranks.row(sample.name(), sample.n(), test.meanRanks()[g]);
        }
        return result(input, settings, samples.dataUsed(), List.of(table, groups, ranks.build()),
                List.of(new ChartHint.Boxes("Median, quartiles and range", "groups", "group", "", "min", "q1",
                        "median", "q3", "max")), List.of("Chi-square approximation with tie correction."));
    }

    /** Medians, quartiles (type 7) and ranges per group, for rank tests. */
    static ResultTable medianTable(GroupSamples samples) {
        ResultTable.Builder table = ResultTable.builder("groups", "Groups")
                .column(Column.text("group", "Group")).column(Column.integer("n", "n"))
                .column(Column.decimal("median", "Median")).column(Column.decimal("q1", "Q1 (type 7)"))
                .column(Column.decimal("q3", "Q3 (type 7)")).column(Column.decimal("min", "Min"))
                .column(Column.decimal("max", "Max"));
        for (GroupSamples.Sample sample : samples.samples()) {
            SampleSummary s = SampleSummary.of(sample.values(), 0.95);
            table.row(sample.name(), s.n(), s.median(), s.lowerQuartile(), s.upperQuartile(), s.min(), s.max());
        }
        return table.build();
    }
}
