package org.stroma.analysis.comparison;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.PairedSample;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.api.ResultTable;

/**
 * Paired t-test of {@code second - first} (R's {@code t.test(second, first, paired = TRUE)}), two-sided,
 * with the confidence interval of the mean difference. Subjects missing either value are excluded.
 */
@Component(service = Analysis.class)
public class PairedTTest extends BuiltInAnalysis<ConfidenceSettings> {

    public static final String ID = "stroma.t-test.paired";

    public PairedTTest() {
        super(ID, 1, "Paired t-test", ConfidenceSettings.class, Set.of(InputKind.PAIRED));
    }

    @Override
    public String description() {
        return "Two-sided one-sample t-test of the within-subject differences (second minus first, e.g. week 12 "
                + "minus baseline) against zero, with the t-based confidence interval of the mean difference. "
                + "Assumes approximately normal differences; needs at least 2 complete pairs.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Student (1908). The probable error of a mean. Biometrika 6(1):1-25."),
            LiteratureReference.of("Altman DG (1991). Practical Statistics for Medical Research. "
                + "London: Chapman and Hall."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ConfidenceSettings settings, AnalysisProgress progress) {
        PairedSample sample = PairedSample.of((PairedValues) input).requireAtLeast(2, name());
        PairedTests.PairedT t = PairedTests.pairedT(sample, settings.confidenceLevel());
        return result(input, settings, sample.dataUsed(), List.of(table(sample, t, settings.confidenceLevel()),
                ChangeFromBaseline.pairsTable(sample)), List.of(ChangeFromBaseline.pairedLines(sample)), List.of());
    }

    static ResultTable table(PairedSample sample, PairedTests.PairedT t, double level) {
        String ci = SampleSummary.percent(level) + " CI";
        PairedValues input = sample.input();
        return ResultTable.builder("test", "Paired t-test, " + input.secondLabel() + " - " + input.firstLabel())
                .column(Column.integer("n", "Pairs")).column(Column.decimal("mean_difference", "Mean difference"))
                .column(Column.decimal("sd_difference", "SD of differences"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .column(Column.decimal("t", "t")).column(Column.decimal("df", "df"))
                .column(Column.pValue("p", "p (two-sided)"))
                .row(t.n(), t.meanDifference(), t.sdDifference(), t.lower(), t.upper(), t.t(), t.df(), t.p()).build();
    }
}
