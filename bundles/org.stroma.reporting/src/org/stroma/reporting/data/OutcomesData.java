package org.stroma.reporting.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.PairedObservation;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.comparison.OneWayAnova;
import org.stroma.analysis.comparison.PairedTTest;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;

/**
 * Each outcome measure at each visit with data, by arm: descriptives, the between-arm test, the
 * Tukey comparisons, the change from baseline per arm, and a chart.
 *
 * <p>Tables: {@code outcome_charts} (outcome, visit, png: one per outcome and visit reported),
 * {@code outcome_summary} (outcome, visit, arm, n, mean, sd, median, q1, q3),
 * {@code outcome_tests} (outcome, visit, test, statistic, df, p),
 * {@code outcome_comparisons} (outcome, visit, comparison, difference, ci_low, ci_high, p_adjusted),
 * {@code outcome_changes} (outcome, visit, arm, n, mean_change, sd_change, ci_low, ci_high, p),
 * {@code outcome_notes} (note).
 *
 * <p>The values are those the analyses read ({@link StudyInput}); the test is the built-in
 * one-way ANOVA with Tukey HSD ({@link OneWayAnova}, default settings: 95%), the change from
 * baseline the paired t-test ({@link PairedTTest}) on each arm's subjects measured at both the
 * outcome's baseline visit and the visit. A blinded user gets the descriptives pooled over all
 * subjects and no between-arm results. An analysis that refuses its data becomes a note.
 */
public final class OutcomesData {

    private OutcomesData() {
    }

    public static ReportData collect(ReportRequest request) {
        Study study = request.study();
        boolean blinded = ArmColumns.of(request).blinded();
        Tables tables = new Tables();
        if (blinded) {
            tables.notes.add("Allocation is concealed from " + request.access().session().userName()
                    + ": outcomes are summarised over all subjects, without comparisons between arms.");
        }
        for (OutcomeMeasure measure : study.getOutcomeMeasures()) {
            if (measure.getInstrumentId() == null || measure.getScoreCode() == null) {
                continue;
            }
            StudyOutcome outcome = StudyOutcomes.outcome(study, measure.getCode());
            Optional<VisitDefinition> baseline = StudyOutcomes.baseline(study, outcome);
            for (VisitDefinition visit : StudyOutcomes.visits(study, outcome)) {
                try {
                    new OutcomeAtVisit(study, outcome, visit, baseline, blinded, tables).report();
                } catch (AnalysisInputException e) {
                    tables.notes.add(outcome.label() + " at " + StudyOutcomes.name(visit) + ": " + e.getMessage());
                }
            }
        }
        return new ReportData().add(tables.charts).add(tables.summary).add(tables.tests).add(tables.comparisons)
                .add(tables.changes).add(tables.notesTable());
    }

    private static final class Tables {
        final ReportTable charts = new ReportTable("outcome_charts", "outcome", "visit", "png");
        final ReportTable summary = new ReportTable("outcome_summary", "outcome", "visit", "arm", "n", "mean", "sd",
                "median", "q1", "q3");
        final ReportTable tests = new ReportTable("outcome_tests", "outcome", "visit", "test", "statistic", "df", "p");
        final ReportTable comparisons = new ReportTable("outcome_comparisons", "outcome", "visit", "comparison",
                "difference", "ci_low", "ci_high", "p_adjusted");
        final ReportTable changes = new ReportTable("outcome_changes", "outcome", "visit", "arm", "n", "mean_change",
                "sd_change", "ci_low", "ci_high", "p");
        final List<String> notes = new ArrayList<>();

        ReportTable notesTable() {
            ReportTable table = new ReportTable("outcome_notes", "note");
            notes.forEach(table::add);
            return table;
        }
    }

    /** One outcome at one visit. */
    private record OutcomeAtVisit(Study study, StudyOutcome outcome, VisitDefinition visit,
            Optional<VisitDefinition> baseline, boolean blinded, Tables tables) {

        void report() {
            String name = outcome.label();
            String at = StudyOutcomes.name(visit);
            List<Group> groups = blinded ? List.of(pooled()) : StudyInput.groups(study, outcome, visit, Map.of())
                    .input() instanceof IndependentGroups independent ? independent.groups() : List.of();
            List<Group> measured = groups.stream().map(OutcomeAtVisit::measured).toList();
            if (measured.stream().allMatch(g -> g.observations().isEmpty())) {
                return;
            }
            for (Group group : measured) {
                double[] values = values(group);
                if (values.length == 0) {
                    tables.summary.add(name, at, group.name(), 0, null, null, null, null, null);
                    continue;
                }
                var statistics = new org.apache.commons.math3.stat.descriptive.DescriptiveStatistics(values);
                tables.summary.add(name, at, group.name(), values.length, statistics.getMean(),
                        values.length > 1 ? statistics.getStandardDeviation() : null,
                        ReportFormat.quantile(values, 50), ReportFormat.quantile(values, 25),
                        ReportFormat.quantile(values, 75));
            }
            tables.charts.add(name, at, OutcomeChart.png(name + " at " + at, outcome.variable(), measured));
            if (!blinded && measured.stream().filter(g -> g.observations().size() > 1).count() >= 2) {
                compare(name, at);
            }
            if (!blinded && baseline.isPresent() && visit.getTargetDay() > baseline.get().getTargetDay()) {
                changes(name, at, groups.stream().map(Group::name).toList());
            }
        }

        private Group pooled() {
            PairedValues all = (PairedValues) StudyInput.pairs(study, outcome, visit, visit, Map.of()).input();
            return new Group(StudyInput.ALL_SUBJECTS, all.pairs().stream()
                    .map(p -> new Observation(p.subject(), p.first())).toList());
        }

        private void compare(String name, String at) {
            OneWayAnova anova = new OneWayAnova();
            var input = StudyInput.groups(study, outcome, visit, Map.of()).input();
            AnalysisResult result;
            try {
                result = run(anova, input);
            } catch (AnalysisInputException e) {
                tables.notes.add(name + " at " + at + ", one-way ANOVA: " + e.getMessage());
                return;
            }
            ResultTable table = result.requireTable("anova");
            int between = table.rowOf("source", "Between groups");
            tables.tests.add(name, at, "One-way ANOVA", table.number(between, "f"),
                    table.value(between, "df") + ", " + table.value(table.rowOf("source", "Within groups"), "df"),
                    table.number(between, "p"));
            ResultTable tukey = result.requireTable("tukey");
            for (int row = 0; row < tukey.rowCount(); row++) {
                tables.comparisons.add(name, at, tukey.text(row, "comparison"), tukey.number(row, "difference"),
                        tukey.number(row, "lower"), tukey.number(row, "upper"), tukey.number(row, "p_adjusted"));
            }
        }

        private void changes(String name, String at, List<String> arms) {
            PairedValues pairs = (PairedValues) StudyInput.pairs(study, outcome, baseline.get(), visit, Map.of())
                    .input();
            for (String arm : arms) {
                Set<String> inArm = study.getSubjects().stream()
                        .filter(s -> s.getAllocatedArm() != null && StudyInput.armName(s.getAllocatedArm()).equals(arm))
                        .map(Subject::getSubjectId).collect(Collectors.toSet());
                List<PairedObservation> complete = pairs.pairs().stream().filter(p -> inArm.contains(p.subject()))
                        .filter(p -> Double.isFinite(p.first()) && Double.isFinite(p.second())).toList();
                if (complete.size() < 2) {
                    continue;
                }
                PairedValues armPairs = new PairedValues(pairs.variable(), arm, pairs.firstLabel(), pairs.secondLabel(),
                        complete);
                try {
                    ResultTable test = run(new PairedTTest(), armPairs).requireTable("test");
                    tables.changes.add(name, at, arm, complete.size(), test.number(0, "mean_difference"),
                            test.number(0, "sd_difference"), test.number(0, "lower"), test.number(0, "upper"),
                            test.number(0, "p"));
                } catch (AnalysisInputException e) {
                    tables.notes.add(name + " at " + at + ", change in " + arm + ": " + e.getMessage());
                }
            }
        }

        private static AnalysisResult run(Analysis<?> analysis, org.stroma.analysis.api.AnalysisInput input) {
            return analysis.runWith(input, analysis.defaultSettings(), AnalysisProgress.none());
        }

        private static Group measured(Group group) {
            return new Group(group.name(), group.observations().stream().filter(o -> Double.isFinite(o.value()))
                    .toList());
        }

        private static double[] values(Group group) {
            return group.observations().stream().mapToDouble(Observation::value).toArray();
        }
    }
}
