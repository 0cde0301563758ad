package org.stroma.analysis.descriptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.RepeatedVisits;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.api.SubjectVisits;

/**
 * Fat graft volume retention by group and visit: retention % = graft volume at the visit /
 * volume injected x 100 for each subject, then the {@link Descriptives descriptive statistics}
 * of retention per group and visit (mean ± SEM is how the three-arm LoS trial reports it).
 * Volumes must come from one measurement method (stated in the input's variable): retention
 * figures from MRI and from 3D surface imaging are not comparable.
 */
@Component(service = Analysis.class)
public class GraftVolumeRetention extends BuiltInAnalysis<ConfidenceSettings> {

    public static final String ID = "stroma.graft-volume-retention";

    public GraftVolumeRetention() {
        super(ID, 1, "Graft volume retention by group and visit", ConfidenceSettings.class,
                Set.of(InputKind.REPEATED_VISITS));
    }

    @Override
    public String description() {
        return "Retention % = volume at visit / injected volume x 100 per subject and visit; then n, missing, "
                + "mean, SD, SEM, median, quartiles (type 7), min, max and t-based confidence interval per group "
                + "and visit. Subjects without an injected volume, and visits without a volume, are excluded.";
    }

    @Override
    public List<LiteratureReference> references() {
        return List.of(LiteratureReference.of("Herly M, Orholt M, Glovinski PV, et al. (2017). Quantifying "
                + "long-term retention of excised fat grafts: a longitudinal, retrospective cohort study of 108 "
                + "breast cancer patients followed for up to 8.4 years. Plastic and Reconstructive Surgery "
                + "139(5):1223-1232."),
            LiteratureReference.of("Gundersen HJG, Jensen EB (1987). The efficiency of systematic sampling in "
                + "stereology and its prediction. Journal of Microscopy 147(3):229-263 (Cavalieri volumes)."));
    }

    @Override
    protected AnalysisResult compute(AnalysisInput input, ConfidenceSettings settings, AnalysisProgress progress) {
        RepeatedVisits data = (RepeatedVisits) input;
        List<Exclusion> exclusions = new ArrayList<>();
        List<String> used = new ArrayList<>();
        ResultTable.Builder perSubject = ResultTable.builder("retention", "Retention per subject and visit")
                .column(Column.text("subject", "Subject")).column(Column.text("group", "Group"))
                .column(Column.text("visit", "Visit"))
                .column(Column.decimal("injected", data.baselineLabel(), data.unit()))
                .column(Column.decimal("volume", "Volume", data.unit()))
                .column(Column.decimal("retention", "Retention", "%"));
        // retention[group][visit] collects values in subject order
        List<String> groups = data.groupNames();
        List<List<List<Double>>> retention = new ArrayList<>();
        int[][] missing = new int[groups.size()][data.visits().size()];
        for (int g = 0; g < groups.size(); g++) {
            retention.add(new ArrayList<>());
            for (int v = 0; v < data.visits().size(); v++) retention.get(g).add(new ArrayList<>());
        }
        long observations = 0;
        for (SubjectVisits subject : data.subjects()) {
            int g = groups.indexOf(subject.group());
            if (subject.baseline() < 0 || subject.values().stream().anyMatch(value -> value < 0)) {
                throw new AnalysisInputException("subject " + subject.subject() + " has a negative volume");
            }
            if (!(subject.baseline() > 0)) {
                exclusions.add(new Exclusion(subject.subject(), subject.group(), data.baselineLabel()
                        + (Double.isNaN(subject.baseline()) ? " missing" : " is zero")));
                for (int v = 0; v < data.visits().size(); v++) missing[g][v]++;
                continue;
            }
            boolean any = false;
            for (int v = 0; v < data.visits().size(); v++) {
                double volume = subject.values().get(v);
                if (Double.isNaN(volume)) {
                    missing[g][v]++;
                    exclusions.add(new Exclusion(subject.subject(), subject.group(),
                            "volume missing at " + data.visits().get(v)));
                    continue;
                }
                double percent = volume / subject.baseline() * 100;
                retention.get(g).get(v).add(percent);
                perSubject.row(subject.subject(), subject.group(), data.visits().get(v), subject.baseline(), volume,
                        percent);
                observations++;
                any = true;
            }
            if (any) used.add(subject.subject());
        }
        ResultTable.Builder summary = SampleSummary.addColumns(ResultTable.builder("summary",
                "Retention (%) by group and visit").column(Column.text("group", "Group"))
                .column(Column.text("visit", "Visit")), "%", settings.confidenceLevel());
        for (int g = 0; g < groups.size(); g++) {
            for (int v = 0; v < data.visits().size(); v++) {
                double[] values = retention.get(g).get(v).stream().mapToDouble(Double::doubleValue).toArray();
                Object[] cells = SampleSummary.of(values, settings.confidenceLevel()).cells(missing[g][v]);
                summary.row(Descriptives.prepend(groups.get(g), Descriptives.prepend(data.visits().get(v), cells)));
            }
        }
        List<ChartHint> charts = List.of(
            new ChartHint.Bars("Retention (%), mean ± SEM", "summary", "group", "visit", "mean", "sem", "SEM"),
            new ChartHint.Points("Retention (%) per subject", "retention", "group", "visit", "retention", "subject"));
        DataUsed dataUsed = new DataUsed(data.variable(), groups, data.visit(), used, observations, exclusions);
        return result(input, settings, dataUsed, List.of(summary.build(), perSubject.build()), charts,
                List.of("Retention % = volume at visit / " + data.baselineLabel().toLowerCase() + " x 100; "
                        + "volumes: " + data.variable() + ".", "Quartiles: quantile definition 7 (R default)."));
    }
}
