package org.stroma.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.statistics.distribution.FDistribution;
import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.ConfidenceSettings;
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
import org.stroma.analysis.api.ResultTable;

/**
 * One-way ANOVA followed by Tukey's HSD ({@link TukeyHsd}, Tukey-Kramer for unequal n), the
 * analysis of the three-arm fat grafting trial; groups are reported as mean ± SEM.
 *
 * <p>Sums of squares are formed from centred values: each group mean by two passes (the second
 * adds the mean residual), the within-group sum as {@code Σ (x - mean_i)²} and the between-group
 * sum as {@code Σ n_i (mean_i - grand mean)²}. This keeps full precision for data with a large
 * common offset (e.g. 1e9 + small differences), where the textbook {@code Σx² - (Σx)²/n} form,
 * and Commons Statistics' {@code OneWayAnova} that shifts by the grand mean only, lose digits.
 * (Chan, Golub and LeVeque 1983, Algorithms for computing the sample variance, The American
 * Statistician 37:242-247.)
 */
@Component(service = Analysis.class)
public class OneWayAnova extends BuiltInAnalysis<ConfidenceSettings> {

    public static final String ID = "stroma.anova.one-way-tukey";

    /**
     * @param ssBetween between-group sum of squares
     * @param ssWithin within-group (residual) sum of squares
     * @param dfBetween k - 1
     * @param dfWithin N - k
     * @param f F statistic
     * @param p P(F > f)
     * @param means group means
     */
    public record Table(double ssBetween, double ssWithin, int dfBetween, int dfWithin, double f, double p,
            double[] means) {
        public double msWithin() {
            return ssWithin / dfWithin;
        }
    }

    public OneWayAnova() {
        super(ID, 1, "One-way ANOVA with Tukey HSD", ConfidenceSettings.class, Set.of(InputKind.K_GROUPS));
    }

    @Override
    public String description() {
        return "One-way analysis of variance (F test of equal means, assuming normal errors with equal variance) "
                + "and Tukey's honestly significant difference for all pairs of groups: differences of means "
                + "with simultaneous confidence intervals and p-values adjusted by the studentized range "
                + "(Tukey-Kramer for unequal group sizes). Groups need at least 2 values each.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(
            LiteratureReference.of("Tukey JW (1949). Comparing individual means in the analysis of variance. "
                + "Biometrics 5(2):99-114."),
            LiteratureReference.of("Kramer CY (1956). Extension of multiple range tests to group means with unequal "
                + "numbers of replications. Biometrics 12(3):307-310."),
            LiteratureReference.of("Chan TF, Golub GH, LeVeque RJ (1983). Algorithms for computing the sample "
                + "variance: analysis and recommendations. The American Statistician 37(3):242-247."));
    }

    /** The ANOVA table of these groups, from centred sums of squares. */
    public static Table anova(List<double[]> groups) {
        int k = groups.size();
        long total = 0;
        double[] means = new double[k];
        double ssWithin = 0;
        for (int g = 0; g < k; g++) {
            double[] x = groups.get(g);
            total += x.length;
            means[g] = centredMean(x);
            double residualSum = 0, squares = 0;
            for (double v : x) {
                double d = v - means[g];
                residualSum += d;
                squares += d * d;
            }
            ssWithin += squares - residualSum * residualSum / x.length;
        }
        double grand = 0;
        for (int g = 0; g < k; g++) grand += groups.get(g).length * means[g];
        grand /= total;
        double ssBetween = 0;
        for (int g = 0; g < k; g++) ssBetween += groups.get(g).length * (means[g] - grand) * (means[g] - grand);
        int dfBetween = k - 1, dfWithin = (int) (total - k);
        double f = (ssBetween / dfBetween) / (ssWithin / dfWithin);
        double p = FDistribution.of(dfBetween, dfWithin).survivalProbability(f);
        return new Table(ssBetween, ssWithin, dfBetween, dfWithin, f, p, means);
    }

    /** Mean by two passes: the second pass adds the mean residual of the first. */
    static double centredMean(double[] x) {
        double sum = 0;
        for (double v : x) sum += v;
        double mean = sum / x.length, residual = 0;
        for (double v : x) residual += v - mean;
        return mean + residual / x.length;
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ConfidenceSettings settings, AnalysisProgress progress) {
        GroupSamples samples = GroupSamples.of((IndependentGroups) input).requireAtLeast(2, "one-way ANOVA");
        Table anova = anova(samples.values());
        if (!(anova.ssWithin() > 0)) {
            throw new AnalysisInputException("every group of " + input.variable() + " has all values equal: the "
                    + "within-group variance is zero, so F and Tukey's intervals are undefined");
        }
        double level = settings.confidenceLevel();
        ResultTable table = ResultTable.builder("anova", "One-way ANOVA of " + input.variable())
                .column(Column.text("source", "Source")).column(Column.integer("df", "df"))
                .column(Column.decimal("ss", "Sum of squares")).column(Column.decimal("ms", "Mean square"))
                .column(Column.decimal("f", "F")).column(Column.pValue("p", "p"))
                .row("Between groups", anova.dfBetween(), anova.ssBetween(), anova.ssBetween() / anova.dfBetween(),
                        anova.f(), anova.p())
                .row("Within groups", anova.dfWithin(), anova.ssWithin(), anova.msWithin(), null, null)
                .row("Total", anova.dfBetween() + anova.dfWithin(), anova.ssBetween() + anova.ssWithin(), null, null,
                        null)
                .build();
        List<String> names = samples.samples().stream().map(GroupSamples.Sample::name).toList();
        int[] sizes = samples.samples().stream().mapToInt(GroupSamples.Sample::n).toArray();
        String ci = SampleSummary.percent(level) + " simultaneous CI";
        ResultTable.Builder tukey = ResultTable.builder("tukey", "Tukey HSD pairwise comparisons")
                .column(Column.text("comparison", "Comparison")).column(Column.decimal("difference", "Difference"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .column(Column.decimal("q", "q")).column(Column.pValue("p_adjusted", "Adjusted p"));
        for (TukeyHsd.Comparison c : TukeyHsd.compare(names, anova.means(), sizes, anova.msWithin(), anova.dfWithin(),
                level)) {
            tukey.row(c.label(), c.difference(), c.lower(), c.upper(), c.q(), c.adjustedP());
        }
        ResultTable groups = groupTable(samples, level);
        List<ChartHint> charts = new ArrayList<>(List.of(
            new ChartHint.Bars("Mean ± SEM", "groups", "group", "", "mean", "sem", "SEM"),
            new ChartHint.Intervals("Tukey HSD differences", "tukey", "comparison", "difference", "lower", "upper",
                    0)));
        return result(input, settings, samples.dataUsed(), List.of(table, tukey.build(), groups), charts,
                List.of("Tukey-Kramer standard errors for unequal group sizes; p-values adjusted for all "
                        + names.size() * (names.size() - 1) / 2 + " pairwise comparisons."));
    }

    static ResultTable groupTable(GroupSamples samples, double level) {
        ResultTable.Builder groups = ResultTable.builder("groups", "Groups")
                .column(Column.text("group", "Group")).column(Column.integer("n", "n"))
                .column(Column.decimal("mean", "Mean")).column(Column.decimal("sd", "SD"))
                .column(Column.decimal("sem", "SEM"));
        for (GroupSamples.Sample sample : samples.samples()) {
            SampleSummary s = SampleSummary.of(sample.values(), level);
            groups.row(sample.name(), s.n(), s.mean(), s.sd(), s.sem());
        }
        return groups.build();
    }
}
