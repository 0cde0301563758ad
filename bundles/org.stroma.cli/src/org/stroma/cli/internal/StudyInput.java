package org.stroma.cli.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.PairedObservation;
import org.stroma.analysis.api.PairedValues;
import org.stroma.cli.CommandFailure;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.VisitDefinition;

/**
 * Builds an analysis input from a study as the signed-in user sees it. The population is every
 * enrolled subject (one with a subject id); screen failures are not part of it. A value is the
 * outcome's score in the subject's assessment of the outcome's instrument at the visit.
 */
final class StudyInput {

    /** The group of a paired analysis: it pools the subjects and names no arm. */
    static final String ALL_SUBJECTS = "All subjects";

    /**
     * What to analyse: an outcome measure of the study, or any instrument score.
     *
     * @param label the outcome as the output names it, e.g. "P1: Change in hand mRSS"
     * @param variable what was measured, e.g. "Change in hand mRSS"
     * @param timePoint the outcome's visit, or null for an instrument score
     */
    record Outcome(String label, String variable, String instrumentId, String scoreCode, VisitDefinition timePoint) {
    }

    private record Value(double value, String why, String unit) {
    }

    private StudyInput() {
    }

    /** An outcome measure by code (e.g. {@code P1}), or {@code INSTRUMENT:SCORE} (e.g. {@code mrss:hand}). */
    static Outcome outcome(Study study, String text) {
        for (OutcomeMeasure measure : study.getOutcomeMeasures()) {
            if (measure.getCode().equalsIgnoreCase(text)) {
                if (isBlank(measure.getInstrumentId()) || isBlank(measure.getScoreCode())) {
                    throw new CommandFailure("outcome " + measure.getCode() + " (" + measure.getTitle()
                            + ") has no instrument score to analyse");
                }
                return new Outcome(measure.getCode() + ": " + measure.getTitle(), measure.getTitle(),
                        measure.getInstrumentId(), measure.getScoreCode(), measure.getTimePoint());
            }
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon < text.length() - 1) {
            String instrument = text.substring(0, colon), score = text.substring(colon + 1);
            return new Outcome(text, instrument + " " + score, instrument, score, null);
        }
        throw new CommandFailure("study " + study.getId() + " has no outcome measure '" + text + "'; its outcomes are "
                + study.getOutcomeMeasures().stream().map(OutcomeMeasure::getCode).collect(Collectors.joining(", "))
                + " (or name an instrument score as INSTRUMENT:SCORE, e.g. mrss:hand)");
    }

    /** The visit with this code (ignoring case). */
    static VisitDefinition visit(Study study, String code) {
        return study.getVisitSchedule().stream().filter(v -> v.getCode().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new CommandFailure("study " + study.getId() + " has no visit '" + code
                        + "'; its visits are " + study.getVisitSchedule().stream().map(VisitDefinition::getCode)
                                .collect(Collectors.joining(", "))));
    }

    /** The last visit on or before day 0 that schedules the outcome's instrument. */
    static VisitDefinition baseline(Study study, Outcome outcome) {
        VisitDefinition baseline = null;
        for (VisitDefinition visit : study.getVisitSchedule()) {
            if (visit.getTargetDay() <= 0 && visit.getInstrumentIds().contains(outcome.instrumentId())) {
                baseline = visit;
            }
        }
        if (baseline == null) {
            throw new CommandFailure("no visit of study " + study.getId() + " before day 0 schedules "
                    + outcome.instrumentId() + "; name the baseline visit with --baseline CODE");
        }
        return baseline;
    }

    /** Each enrolled subject's value at {@code visit}, grouped by allocated arm in the study's arm order. */
    static PreparedInput groups(Study study, Outcome outcome, VisitDefinition visit, Map<String, String> source) {
        Map<Arm, List<Observation>> byArm = new LinkedHashMap<>();
        study.getArms().forEach(arm -> byArm.put(arm, new ArrayList<>()));
        Map<String, String> whyMissing = new LinkedHashMap<>();
        List<Exclusion> leftOut = new ArrayList<>();
        String unit = "";
        for (Subject subject : enrolled(study)) {
            String id = subject.getSubjectId();
            Arm arm = subject.getAllocatedArm();
            if (arm == null) {
                leftOut.add(new Exclusion(id, "", "not allocated to an arm"));
                continue;
            }
            Value value = value(subject, visit, outcome);
            byArm.computeIfAbsent(arm, a -> new ArrayList<>()).add(new Observation(id, value.value()));
            if (value.why() != null) whyMissing.put(id, value.why());
            if (unit.isEmpty()) unit = value.unit();
        }
        List<Group> groups = byArm.entrySet().stream().map(e -> new Group(armName(e.getKey()), e.getValue())).toList();
        return new PreparedInput(new IndependentGroups(withUnit(outcome.variable(), unit), name(visit), groups),
                whyMissing, leftOut, source);
    }

    /** Each enrolled subject's values at {@code baseline} and at {@code visit}, all subjects in one group. */
    static PreparedInput pairs(Study study, Outcome outcome, VisitDefinition baseline, VisitDefinition visit,
            Map<String, String> source) {
        List<PairedObservation> pairs = new ArrayList<>();
        Map<String, String> whyMissing = new LinkedHashMap<>();
        String unit = "";
        for (Subject subject : enrolled(study)) {
            String id = subject.getSubjectId();
            Value first = value(subject, baseline, outcome), second = value(subject, visit, outcome);
            pairs.add(new PairedObservation(id, first.value(), second.value()));
            String why = first.why() == null ? second.why()
                    : second.why() == null ? first.why() : first.why() + "; " + second.why();
            if (why != null) whyMissing.put(id, why);
            if (unit.isEmpty()) unit = first.unit().isEmpty() ? second.unit() : first.unit();
        }
        return new PreparedInput(new PairedValues(withUnit(measured(outcome.variable()), unit), ALL_SUBJECTS, name(baseline),
                name(visit), pairs), whyMissing, List.of(), source);
    }

    private static List<Subject> enrolled(Study study) {
        List<Subject> enrolled = study.getSubjects().stream().filter(s -> !isBlank(s.getSubjectId())).toList();
        if (enrolled.isEmpty()) {
            throw new CommandFailure("study " + study.getId() + " has no enrolled subjects you may see");
        }
        return enrolled;
    }

    private static Value value(Subject subject, VisitDefinition visit, Outcome outcome) {
        List<ScoreValue> found = new ArrayList<>();
        int assessments = 0;
        for (Assessment assessment : subject.getAssessments()) {
            if (sameVisit(assessment.getVisit(), visit) && outcome.instrumentId().equals(assessment.getInstrumentId())) {
                assessments++;
                assessment.getScoreValues().stream().filter(s -> outcome.scoreCode().equals(s.getCode()))
                        .forEach(found::add);
            }
        }
        if (found.size() == 1 && Double.isFinite(found.get(0).getValue())) {
            ScoreValue score = found.get(0);
            return new Value(score.getValue(), null, score.getUnit() == null ? "" : score.getUnit());
        }
        String why = found.size() > 1 ? found.size() + " " + outcome.scoreCode() + " scores at " + name(visit)
                + ": resolve the duplicate assessment"
                : assessments == 0 ? "no " + outcome.instrumentId() + " assessment at " + name(visit)
                : "the " + outcome.instrumentId() + " assessment at " + name(visit) + " has no " + outcome.scoreCode()
                        + " score";
        return new Value(Double.NaN, why + dropout(subject), "");
    }

    /** "; withdrawn on 2024-05-02: moved abroad" when the subject left the study, else empty. */
    private static String dropout(Subject subject) {
        for (SubjectEvent event : subject.getEvents().reversed()) {
            if (event.getState() == SubjectState.WITHDRAWN || event.getState() == SubjectState.LOST_TO_FOLLOW_UP) {
                String what = event.getState() == SubjectState.WITHDRAWN ? "withdrawn" : "lost to follow-up";
                String on = event.getDate() == null ? ""
                        : " on " + LocalDate.ofInstant(Instant.ofEpochMilli(event.getDate().getTime()), ZoneOffset.UTC);
                return "; " + what + on + (isBlank(event.getReason()) ? "" : ": " + event.getReason());
            }
        }
        return "";
    }

    private static boolean sameVisit(VisitDefinition recorded, VisitDefinition wanted) {
        return recorded == wanted || (recorded != null && recorded.getCode().equals(wanted.getCode()));
    }

    static String name(VisitDefinition visit) {
        return isBlank(visit.getName()) ? visit.getCode() : visit.getName();
    }

    private static String armName(Arm arm) {
        return isBlank(arm.getName()) ? arm.getCode() : arm.getName();
    }

    /** "Hand mRSS" from an outcome titled "Change in hand mRSS": the pairs are the values, not their change. */
    private static String measured(String title) {
        String measured = title.replaceFirst("(?i)^change (from baseline )?in ", "");
        return measured.isEmpty() ? title : Character.toUpperCase(measured.charAt(0)) + measured.substring(1);
    }

    private static String withUnit(String variable, String unit) {
        return unit.isEmpty() || variable.endsWith("(" + unit + ")") ? variable : variable + " (" + unit + ")";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
