package org.stroma.analysis.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;

/**
 * What a study offers to analyse: its outcomes, the visits each can be analysed at and the
 * baseline a change is measured from, found by the codes a user types or chosen from lists.
 */
public final class StudyOutcomes {

    private StudyOutcomes() {
    }

    /**
     * An outcome measure by code (e.g. {@code P1}, ignoring case), or {@code INSTRUMENT:SCORE}
     * (e.g. {@code mrss:hand}).
     *
     * @throws AnalysisInputException naming the study's outcomes when there is no such one, or
     *         when the outcome measure has no instrument score
     */
    public static StudyOutcome outcome(Study study, String text) {
        for (OutcomeMeasure measure : study.getOutcomeMeasures()) {
            if (measure.getCode().equalsIgnoreCase(text)) {
                if (isBlank(measure.getInstrumentId()) || isBlank(measure.getScoreCode())) {
                    throw new AnalysisInputException("outcome " + measure.getCode() + " (" + measure.getTitle()
                            + ") has no instrument score to analyse");
                }
                return of(measure);
            }
        }
        int colon = text.indexOf(':');
        if (colon > 0 && colon < text.length() - 1) {
            String instrument = text.substring(0, colon), score = text.substring(colon + 1);
            return new StudyOutcome(text, text, instrument + " " + score, instrument, score, null);
        }
        throw new AnalysisInputException("study " + study.getId() + " has no outcome measure '" + text
                + "'; its outcomes are " + study.getOutcomeMeasures().stream().map(OutcomeMeasure::getCode)
                        .collect(Collectors.joining(", "))
                + " (or name an instrument score as INSTRUMENT:SCORE, e.g. mrss:hand)");
    }

    /**
     * What can be analysed: the outcome measures with an instrument score, in the protocol's
     * order, then every other instrument score the study's assessments hold, as
     * {@code INSTRUMENT:SCORE} in alphabetical order.
     */
    public static List<StudyOutcome> outcomes(Study study) {
        List<StudyOutcome> outcomes = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        for (OutcomeMeasure measure : study.getOutcomeMeasures()) {
            if (!isBlank(measure.getInstrumentId()) && !isBlank(measure.getScoreCode())) {
                outcomes.add(of(measure));
                covered.add(measure.getInstrumentId() + ":" + measure.getScoreCode());
            }
        }
        Set<String> recorded = new TreeSet<>();
        for (Subject subject : study.getSubjects()) {
            for (Assessment assessment : subject.getAssessments()) {
                if (isBlank(assessment.getInstrumentId())) continue;
                for (ScoreValue score : assessment.getScoreValues()) {
                    recorded.add(assessment.getInstrumentId() + ":" + score.getCode());
                }
            }
        }
        recorded.removeAll(covered);
        recorded.forEach(code -> outcomes.add(outcome(study, code)));
        return outcomes;
    }

    /** The visit with this code (ignoring case). */
    public static VisitDefinition visit(Study study, String code) {
        return study.getVisitSchedule().stream().filter(v -> v.getCode().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new AnalysisInputException("study " + study.getId() + " has no visit '" + code
                        + "'; its visits are " + study.getVisitSchedule().stream().map(VisitDefinition::getCode)
                                .collect(Collectors.joining(", "))));
    }

    /**
     * The visits an outcome can be analysed at, in schedule order: those that schedule its
     * instrument, hold assessments of it, or are its time point. Every visit when none does.
     */
    public static List<VisitDefinition> visits(Study study, StudyOutcome outcome) {
        Set<String> recorded = new LinkedHashSet<>();
        for (Subject subject : study.getSubjects()) {
            for (Assessment assessment : subject.getAssessments()) {
                if (outcome.instrumentId().equals(assessment.getInstrumentId()) && assessment.getVisit() != null) {
                    recorded.add(assessment.getVisit().getCode());
                }
            }
        }
        List<VisitDefinition> visits = study.getVisitSchedule().stream()
                .filter(v -> v.getInstrumentIds().contains(outcome.instrumentId()) || recorded.contains(v.getCode())
                        || v == outcome.timePoint())
                .toList();
        return visits.isEmpty() ? List.copyOf(study.getVisitSchedule()) : visits;
    }

    /** The last visit on or before day 0 that schedules the outcome's instrument, if any. */
    public static Optional<VisitDefinition> baseline(Study study, StudyOutcome outcome) {
        VisitDefinition baseline = null;
        for (VisitDefinition visit : study.getVisitSchedule()) {
            if (visit.getTargetDay() <= 0 && visit.getInstrumentIds().contains(outcome.instrumentId())) {
                baseline = visit;
            }
        }
        return Optional.ofNullable(baseline);
    }

    /** The visit's name, or its code when it has none, e.g. "6 months". */
    public static String name(VisitDefinition visit) {
        return isBlank(visit.getName()) ? visit.getCode() : visit.getName();
    }

    private static StudyOutcome of(OutcomeMeasure measure) {
        return new StudyOutcome(measure.getCode(), measure.getCode() + ": " + measure.getTitle(), measure.getTitle(),
                measure.getInstrumentId(), measure.getScoreCode(), measure.getTimePoint());
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
