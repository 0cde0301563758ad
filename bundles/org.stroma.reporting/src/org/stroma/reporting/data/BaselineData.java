package org.stroma.reporting.data;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Consent;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;

/**
 * Table 1: baseline characteristics of the randomized subjects, by arm and in total.
 *
 * <p>Tables: {@code arms} ({@link ArmColumns#table}) and {@code baseline_rows}:
 * {@code row_kind} ("heading" for a categorical characteristic, "level" for its values, "value"
 * for a continuous one), {@code characteristic}, {@code statistic} ("mean ± SD", "median [IQR]",
 * "n (%)"), {@code arm1}, {@code arm2}, {@code arm3}, {@code total}.
 *
 * <p>Rules: age in whole years at the first signed consent; BMI and age as mean ± SD; disease
 * duration as median [Q1, Q3], as durations of a chronic disease are right-skewed; sex, diagnosis
 * and subtype as n (%) of the subjects in the column with the value recorded; each outcome
 * measure's value at its baseline visit (the last visit on or before day 0 that schedules its
 * instrument) as mean ± SD. A characteristic some subjects lack gets a "Missing" row (n).
 */
public final class BaselineData {

    private BaselineData() {
    }

    public static ReportData collect(ReportRequest request) {
        ArmColumns columns = ArmColumns.of(request);
        List<Subject> randomized = request.study().getSubjects().stream()
                .filter(s -> new SubjectPath(s).randomized() && columns.indexOf(s) >= 0).toList();
        Rows rows = new Rows(columns, randomized);
        rows.continuous("Age (years)", BaselineData::age, false);
        rows.categorical("Sex", s -> s.getSex() == null ? null : ReportFormat.words(s.getSex().getLiteral()));
        rows.continuous("BMI (kg/m²)", s -> s.isSetBmi() ? OptionalDouble.of(s.getBmi()) : OptionalDouble.empty(),
                false);
        rows.categorical("Diagnosis", s -> s.isSetDiagnosis() ? ReportFormat.words(s.getDiagnosis().getLiteral()) : null);
        rows.categorical("Subtype", s -> s.getSubtype() == null || s.getSubtype().isBlank() ? null : s.getSubtype());
        rows.continuous("Disease duration (months)", s -> s.isSetDiseaseDurationMonths()
                ? OptionalDouble.of(s.getDiseaseDurationMonths()) : OptionalDouble.empty(), true);
        Study study = request.study();
        for (OutcomeMeasure measure : study.getOutcomeMeasures()) {
            if (measure.getInstrumentId() == null || measure.getScoreCode() == null) {
                continue;
            }
            StudyOutcome outcome = StudyOutcomes.outcome(study, measure.getCode());
            Optional<VisitDefinition> baseline = StudyOutcomes.baseline(study, outcome);
            baseline.ifPresent(visit -> rows.continuous(measure.getTitle() + " at " + StudyOutcomes.name(visit),
                    s -> score(s, outcome, visit), false));
        }
        return new ReportData().add(columns.table(randomized)).add(rows.table);
    }

    /** Whole years from birth to the first signed consent. */
    static OptionalDouble age(Subject subject) {
        Optional<Date> consent = subject.getConsents().stream().filter(Consent::isSigned).map(Consent::getDate)
                .filter(d -> d != null).min(Comparator.naturalOrder());
        if (subject.getDateOfBirth() == null || consent.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Period.between(day(subject.getDateOfBirth()), day(consent.get())).getYears());
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static OptionalDouble score(Subject subject, StudyOutcome outcome, VisitDefinition visit) {
        for (Assessment assessment : subject.getAssessments()) {
            if (assessment.getVisit() != null && assessment.getVisit().getCode().equals(visit.getCode())
                    && outcome.instrumentId().equals(assessment.getInstrumentId())) {
                for (ScoreValue score : assessment.getScoreValues()) {
                    if (outcome.scoreCode().equals(score.getCode()) && Double.isFinite(score.getValue())) {
                        return OptionalDouble.of(score.getValue());
                    }
                }
            }
        }
        return OptionalDouble.empty();
    }

    /** The rows of Table 1 as they are added. */
    private static final class Rows {
        final ReportTable table = new ReportTable("baseline_rows", "row_kind", "characteristic", "statistic", "arm1",
                "arm2", "arm3", "total");
        private final ArmColumns columns;
        private final List<Subject> subjects;

        Rows(ArmColumns columns, List<Subject> subjects) {
            this.columns = columns;
            this.subjects = subjects;
        }

        void continuous(String name, Function<Subject, OptionalDouble> value, boolean skewed) {
            List<List<Double>> perColumn = new ArrayList<>();
            for (int i = 0; i < columns.count(); i++) {
                perColumn.add(new ArrayList<>());
            }
            List<Double> all = new ArrayList<>();
            int[] missing = new int[columns.count()];
            for (Subject subject : subjects) {
                OptionalDouble v = value.apply(subject);
                if (v.isPresent()) {
                    perColumn.get(columns.indexOf(subject)).add(v.getAsDouble());
                    all.add(v.getAsDouble());
                } else {
                    missing[columns.indexOf(subject)]++;
                }
            }
            if (all.isEmpty()) {
                return;
            }
            Function<List<Double>, String> summary = values -> {
                double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
                return skewed ? ReportFormat.medianIqr(array) : ReportFormat.meanSd(array);
            };
            table.add(row("value", name, skewed ? "median [IQR]" : "mean ± SD",
                    perColumn.stream().map(summary).toList(), summary.apply(all)));
            missing("Missing", missing);
        }

        void categorical(String name, Function<Subject, String> value) {
            Map<String, int[]> counts = new LinkedHashMap<>();
            int[] recorded = new int[columns.count()];
            int[] missing = new int[columns.count()];
            subjects.stream().map(value).filter(v -> v != null).sorted().distinct()
                    .forEach(level -> counts.put(level, new int[columns.count()]));
            for (Subject subject : subjects) {
                String level = value.apply(subject);
                int index = columns.indexOf(subject);
                if (level == null) {
                    missing[index]++;
                } else {
                    counts.get(level)[index]++;
                    recorded[index]++;
                }
            }
            if (counts.isEmpty()) {
                return;
            }
            table.add(row("heading", name, "n (%)", blank(), ""));
            int allRecorded = Arrays.stream(recorded).sum();
            counts.forEach((level, n) -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < n.length; i++) {
                    cells.add(ReportFormat.countPercent(n[i], recorded[i]));
                }
                table.add(row("level", level, "", cells,
                        ReportFormat.countPercent(Arrays.stream(n).sum(), allRecorded)));
            });
            missing("Missing", missing);
        }

        private void missing(String label, int[] missing) {
            int total = Arrays.stream(missing).sum();
            if (total > 0) {
                table.add(row("level", label, "n",
                        Arrays.stream(missing).mapToObj(Integer::toString).toList(), Integer.toString(total)));
            }
        }

        private List<String> blank() {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.count(); i++) {
                cells.add("");
            }
            return cells;
        }

        private Object[] row(String kind, String name, String statistic, List<String> cells, String total) {
            Object[] armCells = columns.cells(cells, total);
            Object[] row = new Object[3 + armCells.length];
            row[0] = kind;
            row[1] = name;
            row[2] = statistic;
            System.arraycopy(armCells, 0, row, 3, armCells.length);
            return row;
        }
    }
}
