package org.stroma.analysis.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.PairedObservation;
import org.stroma.analysis.api.PairedValues;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.VisitDefinition;

/**
 * Builds an analysis input from a study as the signed-in user sees it. The population is every
 * enrolled subject (one with a subject id); screen failures are not part of it. A value is the
 * outcome's score in the subject's assessment of the outcome's instrument at the visit; a value
 * that is missing is NaN, with why it is missing.
 *
 * <p>Grouping by arm reads each subject's allocated arm: the caller refuses it to a user blinded
 * in the study (whose study has no allocation), as a blinded user's subjects would all be "not
 * allocated".
 */
public final class StudyInput {

    /** The group of a paired analysis: it pools the subjects and names no arm. */
    public static final String ALL_SUBJECTS = "All subjects";

    private record Value(double value, String why, String unit) {
    }

    private StudyInput() {
    }

    /** Each enrolled subject's value at {@code visit}, grouped by allocated arm in the study's arm order. */
    public static PreparedInput groups(Study study, StudyOutcome outcome, VisitDefinition visit,
            Map<String, String> source) {
        return groups(study, outcome, visit, study.getArms(), source);
    }

    /**
     * As {@link #groups(Study, StudyOutcome, VisitDefinition, Map)}, for the chosen arms only:
     * subjects of the study's other arms are not part of the input.
     *
     * @throws AnalysisInputException if no arm is chosen or no subject is enrolled
     */
    public static PreparedInput groups(Study study, StudyOutcome outcome, VisitDefinition visit, List<Arm> arms,
            Map<String, String> source) {
        if (arms.isEmpty()) {
            throw new AnalysisInputException("choose at least one arm of study " + study.getId());
        }
        Set<Arm> chosen = new HashSet<>(arms);
        Map<Arm, List<Observation>> byArm = new LinkedHashMap<>();
        study.getArms().stream().filter(chosen::contains).forEach(arm -> byArm.put(arm, new ArrayList<>()));
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
            if (!chosen.contains(arm) && study.getArms().contains(arm)) {
                continue;
            }
            Value value = value(subject, visit, outcome);
            byArm.computeIfAbsent(arm, a -> new ArrayList<>()).add(new Observation(id, value.value()));
            if (value.why() != null) whyMissing.put(id, value.why());
            if (unit.isEmpty()) unit = value.unit();
        }
        List<Group> groups = byArm.entrySet().stream().map(e -> new Group(armName(e.getKey()), e.getValue())).toList();
        return new PreparedInput(new IndependentGroups(withUnit(outcome.variable(), unit),
                StudyOutcomes.name(visit), groups), whyMissing, leftOut, source);
    }

    /** Each enrolled subject's values at {@code baseline} and at {@code visit}, all subjects in one group. */
    public static PreparedInput pairs(Study study, StudyOutcome outcome, VisitDefinition baseline,
            VisitDefinition visit, Map<String, String> source) {
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
        return new PreparedInput(new PairedValues(withUnit(measured(outcome.variable()), unit), ALL_SUBJECTS,
                StudyOutcomes.name(baseline), StudyOutcomes.name(visit), pairs), whyMissing, List.of(), source);
    }

    /** The arm's name, or its code when it has none. */
    public static String armName(Arm arm) {
        return StudyOutcomes.isBlank(arm.getName()) ? arm.getCode() : arm.getName();
    }

    private static List<Subject> enrolled(Study study) {
        List<Subject> enrolled = study.getSubjects().stream()
                .filter(s -> !StudyOutcomes.isBlank(s.getSubjectId())).toList();
        if (enrolled.isEmpty()) {
            throw new AnalysisInputException("study " + study.getId() + " has no enrolled subjects you may see");
        }
        return enrolled;
    }

    private static Value value(Subject subject, VisitDefinition visit, StudyOutcome outcome) {
        List<ScoreValue> found = new ArrayList<>();
        int assessments = 0;
        for (Assessment assessment : subject.getAssessments()) {
            if (sameVisit(assessment.getVisit(), visit) && outcome.instrumentId().equals(assessment.getInstrumentId())) {
                assessments++;
                assessment.getScoreValues().stream().filter(s -> outcome.scoreCode().equals(s.getCode()))
                        .forEach(found::add);
            }
        }
        String at = StudyOutcomes.name(visit);
        if (found.size() == 1 && Double.isFinite(found.get(0).getValue())) {
            ScoreValue score = found.get(0);
            return new Value(score.getValue(), null, score.getUnit() == null ? "" : score.getUnit());
        }
        String why = found.size() > 1 ? found.size() + " " + outcome.scoreCode() + " scores at " + at
                + ": resolve the duplicate assessment"
                : assessments == 0 ? "no " + outcome.instrumentId() + " assessment at " + at
                : "the " + outcome.instrumentId() + " assessment at " + at + " has no " + outcome.scoreCode()
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
                return "; " + what + on + (StudyOutcomes.isBlank(event.getReason()) ? "" : ": " + event.getReason());
            }
        }
        return "";
    }

    private static boolean sameVisit(VisitDefinition recorded, VisitDefinition wanted) {
        return recorded == wanted || (recorded != null && recorded.getCode().equals(wanted.getCode()));
    }

    /** "Hand mRSS" from an outcome titled "Change in hand mRSS": the pairs are the values, not their change. */
    private static String measured(String title) {
        String measured = title.replaceFirst("(?i)^change (from baseline )?in ", "");
        return measured.isEmpty() ? title : Character.toUpperCase(measured.charAt(0)) + measured.substring(1);
    }

    private static String withUnit(String variable, String unit) {
        return unit.isEmpty() || variable.endsWith("(" + unit + ")") ? variable : variable + " (" + unit + ")";
    }
}
