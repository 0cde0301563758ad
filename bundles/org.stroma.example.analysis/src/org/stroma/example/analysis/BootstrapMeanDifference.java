package org.stroma.example.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.api.SettingsSchema;

/**
 * Percentile bootstrap confidence interval of the difference of two means (first group minus
 * second), written as a third party writes an analysis plugin: it uses only
 * {@code org.stroma.analysis.api} and registers itself as a Declarative Services component of
 * type {@link Analysis}. The workbench, {@code stroma analyses} and {@code stroma analyze} find it
 * through the analysis registry; no plugin.xml and no change to the product is needed.
 */
@Component(service = Analysis.class)
public final class BootstrapMeanDifference implements Analysis<BootstrapSettings> {

    /** Stable id; a changed method would get a new id, a changed computation a new {@link #version()}. */
    public static final String ID = "example.bootstrap-mean-difference";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Bootstrap CI of a difference in means";
    }

    @Override
    public String description() {
        return "Difference of the means of two independent groups (first minus second) with a percentile "
                + "bootstrap confidence interval: each group is resampled with replacement on its own, the "
                + "difference of means is computed for every resample, and the interval runs between the "
                + "(1 - level)/2 and (1 + level)/2 quantiles of those differences (linear interpolation, type 7). "
                + "Assumes independent subjects; makes no normality assumption but can undercover in small samples.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(new LiteratureReference("Efron B, Tibshirani RJ (1993). An Introduction to the Bootstrap. "
                + "Chapman & Hall, New York. Chapter 13.", "10.1201/9780429246593"));
    }

    @Override
    public Class<BootstrapSettings> settingsType() {
        return BootstrapSettings.class;
    }

    @Override
    public Set<InputKind> inputs() {
        return Set.of(InputKind.TWO_GROUPS);
    }

    @Override
    public AnalysisResult run(AnalysisInput input, BootstrapSettings settings, AnalysisProgress progress) {
        if (!(input instanceof IndependentGroups groups) || groups.groups().size() != 2) {
            throw new AnalysisInputException(name() + " needs two independent groups");
        }
        SettingsSchema.of(BootstrapSettings.class).validate(settings);
        List<Exclusion> exclusions = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        double[] x = present(groups, groups.groups().get(0), exclusions, subjects);
        double[] y = present(groups, groups.groups().get(1), exclusions, subjects);
        String first = groups.groups().get(0).name(), second = groups.groups().get(1).name();

        progress.begin(name(), settings.resamples());
        double[] resampled = PercentileBootstrap.differences(x, y, settings.resamples(), settings.seed(), progress);
        double alpha = 1 - settings.confidenceLevel();
        double lower = PercentileBootstrap.quantile(resampled, alpha / 2);
        double upper = PercentileBootstrap.quantile(resampled, 1 - alpha / 2);
        double difference = PercentileBootstrap.mean(x) - PercentileBootstrap.mean(y);

        String ci = String.format(Locale.ROOT, "%s%% CI", trim(100 * settings.confidenceLevel()));
        ResultTable interval = ResultTable.builder("bootstrap", name())
                .column(Column.text("comparison", "Comparison"))
                .column(Column.decimal("difference", "Mean difference"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .column(Column.decimal("se", "Bootstrap SE")).column(Column.integer("resamples", "Resamples"))
                .row(first + " - " + second, difference, lower, upper, PercentileBootstrap.sd(resampled),
                        (long) settings.resamples())
                .build();
        ResultTable summary = ResultTable.builder("groups", "Groups")
                .column(Column.text("group", "Group")).column(Column.integer("n", "n"))
                .column(Column.decimal("mean", "Mean")).column(Column.decimal("sd", "SD"))
                .row(first, (long) x.length, PercentileBootstrap.mean(x), PercentileBootstrap.sd(x))
                .row(second, (long) y.length, PercentileBootstrap.mean(y), PercentileBootstrap.sd(y))
                .build();
        DataUsed data = new DataUsed(groups.variable(), groups.groupNames(), groups.visit(), subjects,
                x.length + y.length, exclusions);
        List<ChartHint> charts = List.of(new ChartHint.Intervals("Difference of means, percentile bootstrap",
                "bootstrap", "comparison", "difference", "lower", "upper", 0));
        List<String> notes = List.of(String.format(Locale.ROOT,
                "Percentile bootstrap: %d resamples, seed %d, groups resampled separately; the same seed gives the "
                        + "same interval.", settings.resamples(), settings.seed()));
        return new AnalysisResult(ID, version(), input, settings, data, List.of(interval, summary), charts, notes);
    }

    /** The group's present values; missing ones become exclusions. At least two values are needed. */
    private static double[] present(IndependentGroups input, Group group, List<Exclusion> exclusions,
            List<String> subjects) {
        List<Double> values = new ArrayList<>();
        String at = input.visit().isEmpty() ? "" : " at " + input.visit();
        for (Observation observation : group.observations()) {
            if (observation.isMissing()) {
                exclusions.add(new Exclusion(observation.subject(), group.name(), input.variable() + " missing" + at));
            } else {
                values.add(observation.value());
                subjects.add(observation.subject());
            }
        }
        if (values.size() < 2) {
            throw new AnalysisInputException("group '" + group.name() + "' has " + values.size() + " value"
                    + (values.size() == 1 ? "" : "s") + " of " + input.variable() + "; the bootstrap needs at least 2");
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String trim(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
