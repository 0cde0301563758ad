package org.stroma.analysis.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.stroma.analysis.BuiltInAnalysis;
import org.stroma.analysis.PairedSample;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.api.ResultTable;

/**
 * Wilcoxon signed-rank test of {@code second - first}, two-sided, as R's
 * {@code wilcox.test(second, first, paired = TRUE)}: zero differences dropped; exact p for fewer
 * than 50 differences without ties or zeros; otherwise the normal approximation with tie
 * correction and (by default) continuity correction. Statistic V is the sum of the ranks of
 * positive differences.
 */
@Component(service = Analysis.class)
public class WilcoxonSignedRank extends BuiltInAnalysis<RankTestSettings> {

    public static final String ID = "stroma.wilcoxon.signed-rank";

    public WilcoxonSignedRank() {
        super(ID, 1, "Wilcoxon signed-rank test", RankTestSettings.class, Set.of(InputKind.PAIRED));
    }

    @Override
    public String description() {
        return "Two-sided test that the within-subject differences (second minus first) are symmetric about "
                + "zero. Zero differences are dropped (Wilcoxon's procedure, as R); exact p-value for fewer than "
                + "50 differences without ties or zeros, otherwise the normal approximation with tie and "
                + "continuity correction. p never exceeds 1.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Wilcoxon F (1945). Individual comparisons by ranking methods. "
                + "Biometrics Bulletin 1(6):80-83."),
            LiteratureReference.of("Hollander M, Wolfe DA, Chicken E (2014). Nonparametric Statistical Methods, "
                + "3rd ed. Hoboken: Wiley."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, RankTestSettings settings, AnalysisProgress progress) {
        PairedSample sample = PairedSample.of((PairedValues) input).requireAtLeast(1, name());
        PairedTests.SignedRank test = PairedTests.wilcoxon(sample.differences(), settings,
                sample.input().secondLabel() + " - " + sample.input().firstLabel() + " of " + input.variable());
        return result(input, settings, sample.dataUsed(), List.of(table(sample.input(), test),
                ChangeFromBaseline.pairsTable(sample)), List.of(ChangeFromBaseline.pairedLines(sample)), notes(test));
    }

    static ResultTable table(PairedValues input, PairedTests.SignedRank test) {
        return ResultTable.builder("test", "Wilcoxon signed-rank test, " + input.secondLabel() + " - "
                + input.firstLabel())
                .column(Column.integer("n", "Non-zero differences")).column(Column.integer("zeros", "Zero differences"))
                .column(Column.decimal("v", "V")).column(Column.pValue("p", "p (two-sided)"))
                .column(Column.text("method", "Method"))
                .row(test.n(), test.zeros(), test.v(), test.p(), test.method()).build();
    }

    static List<String> notes(PairedTests.SignedRank test) {
        List<String> notes = new ArrayList<>();
        if (test.zeros() > 0) notes.add(test.zeros() + " zero difference(s) dropped; exact p-value not possible.");
        if (test.ties()) notes.add("Tied differences: normal approximation with tie correction.");
        return notes;
    }
}
