package org.stroma.analysis.descriptive;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.GroupSamples;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.ResultTable;

/**
 * Descriptive statistics by group: n, missing, mean, SD, SEM, median, quartiles and IQR (Hyndman
 * and Fan definition 7, R's default), min, max and the t-based confidence interval of the mean.
 * A group with one value gets no SD, SEM or interval; an empty group only its counts.
 */
@Component(service = Analysis.class)
public class Descriptives extends BuiltInAnalysis<ConfidenceSettings> {

    public static final String ID = "stroma.descriptives";

    public Descriptives() {
        super(ID, 1, "Descriptive statistics by group", ConfidenceSettings.class, Set.of(InputKind.GROUPS));
    }

    @Override
    public String description() {
        return "Per group: n, missing, mean, SD (n - 1), SEM, median, Q1, Q3 and IQR by quantile definition 7 "
                + "(R's default, linear interpolation at 1 + p(n - 1)), min, max and the confidence interval of "
                + "the mean from Student's t with n - 1 degrees of freedom.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Hyndman RJ, Fan Y (1996). Sample quantiles in statistical packages. "
                + "The American Statistician 50(4):361-365."),
            LiteratureReference.of("Altman DG, Bland JM (2005). Standard deviations and standard errors. BMJ 331:903."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ConfidenceSettings settings, AnalysisProgress progress) {
        GroupSamples samples = GroupSamples.of((IndependentGroups) input);
        double level = settings.confidenceLevel();
        ResultTable.Builder summary = SampleSummary.addColumns(ResultTable.builder("descriptives",
                "Descriptive statistics of " + input.variable() + " by group").column(Column.text("group", "Group")),
                "", level);
        ResultTable.Builder values = ResultTable.builder("values", "Values used")
                .column(Column.text("group", "Group")).column(Column.text("subject", "Subject"))
                .column(Column.decimal("value", input.variable()));
        for (GroupSamples.Sample sample : samples.samples()) {
            summary.row(prepend(sample.name(), SampleSummary.of(sample.values(), level).cells(sample.missing())));
            for (int i = 0; i < sample.n(); i++) {
                values.row(sample.name(), sample.subjects().get(i), sample.values()[i]);
            }
        }
        List<ChartHint> charts = List.of(
            new ChartHint.Bars("Mean ± SEM", "descriptives", "group", "", "mean", "sem", "SEM"),
            new ChartHint.Boxes("Median, quartiles and range", "descriptives", "group", "", "min", "q1", "median",
                    "q3", "max"),
            new ChartHint.Points("Individual values", "values", "group", "", "value", "subject"));
        return result(input, settings, samples.dataUsed(), List.of(summary.build(), values.build()), charts,
                List.of("Quartiles and IQR: quantile definition 7 (R default)."));
    }

    static Object[] prepend(Object first, Object[] rest) {
        Object[] cells = new Object[rest.length + 1];
        cells[0] = first;
        System.arraycopy(rest, 0, cells, 1, rest.length);
        return cells;
    }
}
