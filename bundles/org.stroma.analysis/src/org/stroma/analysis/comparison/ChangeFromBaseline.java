package org.stroma.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
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
 * Change from baseline in a single-arm study (e.g. hand mRSS at baseline and week 12): the change
 * per subject (follow-up minus baseline), descriptive statistics of baseline, follow-up and
 * change, and the within-group paired comparison by paired t-test and/or Wilcoxon signed-rank
 * test (see {@link PairedTTest} and {@link WilcoxonSignedRank} for the methods).
 */
@Component(service = Analysis.class)
public class ChangeFromBaseline extends BuiltInAnalysis<ChangeSettings> {

    public static final String ID = "stroma.change-from-baseline";

    private static final RankTestSettings RANK_DEFAULTS = new RankTestSettings(RankTestMethod.AUTO, true);

    public ChangeFromBaseline() {
        super(ID, 1, "Change from baseline (paired, single arm)", ChangeSettings.class, Set.of(InputKind.PAIRED));
    }

    @Override
    public String description() {
        return "Per subject: follow-up minus baseline. Summary (n, mean, SD, SEM, median, quartiles type 7, "
                + "range, t-based CI) of baseline, follow-up and change, over subjects with both values. "
                + "Within-group test of zero change: paired t-test with the CI of the mean change, and/or "
                + "Wilcoxon signed-rank test (zeros dropped; exact for n < 50 without ties).";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Student (1908). The probable error of a mean. Biometrika 6(1):1-25."),
            LiteratureReference.of("Wilcoxon F (1945). Individual comparisons by ranking methods. Biometrics "
                + "Bulletin 1(6):80-83."),
            LiteratureReference.of("Vickers AJ, Altman DG (2001). Analysing controlled trials with baseline and "
                + "follow up measurements. BMJ 323:1123-1124."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ChangeSettings settings, AnalysisProgress progress) {
        PairedSample sample = PairedSample.of((PairedValues) input).requireAtLeast(2, name());
        PairedValues pairs = sample.input();
        double level = settings.confidenceLevel();
        int missing = sample.exclusions().size();
        ResultTable.Builder summary = SampleSummary.addColumns(ResultTable.builder("summary",
                "Baseline, follow-up and change of " + input.variable()).column(Column.text("measure", "Measure")),
                "", level);
        summary.row(cells(pairs.firstLabel(), SampleSummary.of(sample.first(), level), missing));
        summary.row(cells(pairs.secondLabel(), SampleSummary.of(sample.second(), level), missing));
        summary.row(cells("Change", SampleSummary.of(sample.differences(), level), missing));

        String ci = SampleSummary.percent(level) + " CI";
        ResultTable.Builder tests = ResultTable.builder("tests", "Within-group change, " + pairs.secondLabel() + " - "
                + pairs.firstLabel())
                .column(Column.text("test", "Test")).column(Column.decimal("estimate", "Mean change"))
                .column(Column.decimal("lower", ci + " lower")).column(Column.decimal("upper", ci + " upper"))
                .column(Column.decimal("statistic", "Statistic")).column(Column.decimal("df", "df"))
                .column(Column.pValue("p", "p (two-sided)")).column(Column.text("method", "Method"));
        List<String> notes = new ArrayList<>();
        if (settings.test() != ChangeTest.WILCOXON) {
            PairedTests.PairedT t = PairedTests.pairedT(sample, level);
            tests.row("Paired t-test", t.meanDifference(), t.lower(), t.upper(), t.t(), t.df(), t.p(),
                    "t distribution");
        }
        if (settings.test() != ChangeTest.PAIRED_T) {
            PairedTests.SignedRank w = PairedTests.wilcoxon(sample.differences(), RANK_DEFAULTS,
                    "change of " + input.variable());
            tests.row("Wilcoxon signed-rank (V)", null, null, null, w.v(), null, w.p(), w.method());
            notes.addAll(WilcoxonSignedRank.notes(w));
        }
        List<ChartHint> charts = List.of(pairedLines(sample),
            new ChartHint.Bars("Mean ± SEM", "summary", "measure", "", "mean", "sem", "SEM"));
        return result(input, settings, sample.dataUsed(), List.of(pairsTable(sample), summary.build(), tests.build()),
                charts, notes);
    }

    private static Object[] cells(String measure, SampleSummary summary, int missing) {
        Object[] rest = summary.cells(missing);
        Object[] cells = new Object[rest.length + 1];
        cells[0] = measure;
        System.arraycopy(rest, 0, cells, 1, rest.length);
        return cells;
    }

    /** Each complete pair and its change. */
    static ResultTable pairsTable(PairedSample sample) {
        PairedValues input = sample.input();
        ResultTable.Builder table = ResultTable.builder("changes", "Change per subject")
                .column(Column.text("subject", "Subject")).column(Column.decimal("first", input.firstLabel()))
                .column(Column.decimal("second", input.secondLabel())).column(Column.decimal("change", "Change"));
        double[] d = sample.differences();
        for (int i = 0; i < sample.n(); i++) {
            table.row(sample.subjects().get(i), sample.first()[i], sample.second()[i], d[i]);
        }
        return table.build();
    }

    static ChartHint pairedLines(PairedSample sample) {
        return new ChartHint.PairedLines(sample.input().firstLabel() + " and " + sample.input().secondLabel()
                + " per subject", "changes", "subject", "first", "second");
    }
}
