package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.agreement.CohenKappa;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.PairedObservation;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.comparison.ChangeFromBaseline;
import org.stroma.analysis.comparison.OneWayAnova;
import org.stroma.analysis.descriptive.Descriptives;
import org.stroma.analysis.study.InputShape;
import org.stroma.analysis.study.PreparedInput;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.VisitDefinition;

/**
 * Analysis inputs built from a stored study (the code the workbench and {@code stroma analyze}
 * share), on a small hand-made study whose every value and gap is known: who is in the
 * population, which value each subject gives, why a value is missing, and what the study offers
 * to choose from.
 */
class StudyInputTest {

    private static final StudyFactory F = StudyFactory.eINSTANCE;

    private final Study study = F.createStudy();
    private final Arm svf = arm("SVF", "Fat micrografts with SVF");
    private final Arm care = arm("SC", "Standard care");
    private final Arm third = arm("X", "Third arm");
    private final VisitDefinition baseline = visit("BL", "Baseline", 0, "mrss");
    private final VisitDefinition week12 = visit("W12", "Week 12", 84, "mrss");
    private final VisitDefinition month6 = visit("M6", "6 months", 182, "vas-pain");

    /**
     * Hand mRSS at baseline and week 12 of eight people: S-01, S-02 and S-05 complete; S-03
     * withdrew before week 12; S-04's week-12 form holds only the total; S-06 is enrolled but not
     * allocated; S-08 has two week-12 forms; SCR-07 failed screening (no subject id).
     */
    StudyInputTest() {
        study.setId("SSC-MINI");
        study.getArms().addAll(List.of(svf, care, third));
        study.getVisitSchedule().addAll(List.of(baseline, week12, month6));
        study.getOutcomeMeasures().add(outcome("P1", "Change in hand mRSS", "mrss", "hand", week12));
        study.getOutcomeMeasures().add(outcome("H1", "Adverse events", null, null, month6));

        Subject s1 = subject("S-01", svf);
        score(s1, baseline, "mrss", "hand", 20);
        score(s1, week12, "mrss", "hand", 16);
        score(s1, month6, "vas-pain", "painMm", 35);
        Subject s2 = subject("S-02", care);
        score(s2, baseline, "mrss", "hand", 22);
        score(s2, week12, "mrss", "hand", 21);
        Subject s3 = subject("S-03", svf);
        score(s3, baseline, "mrss", "hand", 25);
        SubjectEvent withdrawn = F.createSubjectEvent();
        withdrawn.setState(SubjectState.WITHDRAWN);
        withdrawn.setDate(Date.from(LocalDate.of(2024, 2, 28).atStartOfDay(ZoneOffset.UTC).toInstant()));
        withdrawn.setReason("moved abroad");
        s3.getEvents().add(withdrawn);
        Subject s4 = subject("S-04", care);
        score(s4, baseline, "mrss", "hand", 18);
        score(s4, week12, "mrss", "total", 30);
        Subject s5 = subject("S-05", third);
        score(s5, baseline, "mrss", "hand", 30);
        score(s5, week12, "mrss", "hand", 27);
        Subject s6 = subject("S-06", null);
        score(s6, baseline, "mrss", "hand", 19);
        score(s6, week12, "mrss", "hand", 17);
        Subject screenFailure = subject(null, null);
        screenFailure.setScreeningId("SCR-07");
        score(screenFailure, baseline, "mrss", "hand", 24);
        Subject s8 = subject("S-08", svf);
        score(s8, baseline, "mrss", "hand", 26);
        score(s8, week12, "mrss", "hand", 15);
        score(s8, week12, "mrss", "hand", 14);
    }

    @Test
    void theStudyOffersItsScoredOutcomesAndTheVisitsThatScheduleThem() {
        List<StudyOutcome> outcomes = StudyOutcomes.outcomes(study);
        // H1 has no score; mrss:hand is P1; the other scores recorded follow in alphabetical order
        assertEquals(List.of("P1", "mrss:total", "vas-pain:painMm"), outcomes.stream().map(StudyOutcome::code).toList());
        assertEquals("P1: Change in hand mRSS", outcomes.get(0).label());
        assertEquals(week12, outcomes.get(0).timePoint());

        StudyOutcome p1 = StudyOutcomes.outcome(study, "p1");
        assertEquals(List.of("BL", "W12"), StudyOutcomes.visits(study, p1).stream().map(VisitDefinition::getCode).toList());
        assertEquals(Optional.of(baseline), StudyOutcomes.baseline(study, p1));
        StudyOutcome pain = StudyOutcomes.outcome(study, "vas-pain:painMm");
        assertEquals(List.of("M6"), StudyOutcomes.visits(study, pain).stream().map(VisitDefinition::getCode).toList());
        assertEquals(Optional.empty(), StudyOutcomes.baseline(study, pain), "no visit before day 0 schedules vas-pain");
        assertEquals(week12, StudyOutcomes.visit(study, "w12"));
    }

    @Test
    void unknownOutcomesAndVisitsAreRefusedNamingWhatTheStudyHas() {
        assertEquals("outcome H1 (Adverse events) has no instrument score to analyse",
                assertThrows(AnalysisInputException.class, () -> StudyOutcomes.outcome(study, "H1")).getMessage());
        assertEquals("study SSC-MINI has no outcome measure 'P9'; its outcomes are P1, H1 (or name an instrument score"
                + " as INSTRUMENT:SCORE, e.g. mrss:hand)",
                assertThrows(AnalysisInputException.class, () -> StudyOutcomes.outcome(study, "P9")).getMessage());
        assertEquals("study SSC-MINI has no visit 'M9'; its visits are BL, W12, M6",
                assertThrows(AnalysisInputException.class, () -> StudyOutcomes.visit(study, "M9")).getMessage());
    }

    @Test
    void groupsAreTheArmsWithEachEnrolledSubjectsValueAndWhyItIsMissing() {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("study", "SSC-MINI");
        PreparedInput prepared = StudyInput.groups(study, p1(), week12, source);

        IndependentGroups expected = IndependentGroups.of("Change in hand mRSS", "Week 12",
                new Group("Fat micrografts with SVF", List.of(new Observation("S-01", 16), Observation.missing("S-03"),
                        Observation.missing("S-08"))),
                new Group("Standard care", List.of(new Observation("S-02", 21), Observation.missing("S-04"))),
                new Group("Third arm", List.of(new Observation("S-05", 27))));
        assertEquals(expected, prepared.input());
        assertEquals(Map.of(
                "S-03", "no mrss assessment at Week 12; withdrawn on 2024-02-28: moved abroad",
                "S-04", "the mrss assessment at Week 12 has no hand score",
                "S-08", "2 hand scores at Week 12: resolve the duplicate assessment"), prepared.whyMissing());
        assertEquals(List.of(new Exclusion("S-06", "", "not allocated to an arm")), prepared.leftOut());
        assertEquals(source, prepared.source());

        AnalysisResult result = new Descriptives().run(prepared.input(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        List<Exclusion> exclusions = prepared.exclusions(result);
        assertEquals(List.of("S-03", "S-08", "S-04", "S-06"), exclusions.stream().map(Exclusion::subject).toList());
        assertTrue(exclusions.get(0).reason().endsWith("(no mrss assessment at Week 12; withdrawn on 2024-02-28: "
                + "moved abroad)"), exclusions.get(0).reason());
        assertEquals("Standard care", exclusions.get(2).group());
        assertEquals(List.of("Fat micrografts with SVF", "Standard care", "Third arm"),
                List.copyOf(prepared.valuesByGroup(result).keySet()));
        assertEquals(List.of(1, 1, 1), List.copyOf(prepared.valuesByGroup(result).values()));
    }

    @Test
    void onlyTheChosenArmsAreGroupedInTheStudysOrder() {
        PreparedInput prepared = StudyInput.groups(study, p1(), week12, List.of(care, svf), Map.of());
        IndependentGroups groups = (IndependentGroups) prepared.input();
        assertEquals(List.of("Fat micrografts with SVF", "Standard care"), groups.groupNames());
        assertTrue(groups.groups().stream().flatMap(g -> g.observations().stream())
                .noneMatch(o -> o.subject().equals("S-05")), "the third arm's subject is not in the input");
        assertEquals(List.of(new Exclusion("S-06", "", "not allocated to an arm")), prepared.leftOut());

        assertEquals("choose at least one arm of study SSC-MINI", assertThrows(AnalysisInputException.class,
                () -> StudyInput.groups(study, p1(), week12, List.of(), Map.of())).getMessage());
    }

    @Test
    void pairsPoolEveryEnrolledSubjectFromBaselineToTheVisit() {
        PreparedInput prepared = StudyInput.pairs(study, p1(), baseline, week12, Map.of());
        PairedValues expected = new PairedValues("Hand mRSS", "All subjects", "Baseline", "Week 12", List.of(
                new PairedObservation("S-01", 20, 16), new PairedObservation("S-02", 22, 21),
                new PairedObservation("S-03", 25, Double.NaN), new PairedObservation("S-04", 18, Double.NaN),
                new PairedObservation("S-05", 30, 27), new PairedObservation("S-06", 19, 17),
                new PairedObservation("S-08", 26, Double.NaN)));
        assertEquals(expected, prepared.input());
        assertEquals("no mrss assessment at Week 12; withdrawn on 2024-02-28: moved abroad",
                prepared.whyMissing().get("S-03"));
        assertEquals(List.of(), prepared.leftOut());
    }

    @Test
    void aStudyWithoutEnrolledSubjectsIsRefused() {
        Study empty = F.createStudy();
        empty.setId("EMPTY");
        empty.getArms().add(arm("A", "Arm A"));
        VisitDefinition visit = visit("M1", "Month 1", 30, "mrss");
        empty.getVisitSchedule().add(visit);
        StudyOutcome score = StudyOutcomes.outcome(empty, "mrss:hand");
        assertEquals("study EMPTY has no enrolled subjects you may see", assertThrows(AnalysisInputException.class,
                () -> StudyInput.groups(empty, score, visit, Map.of())).getMessage());
    }

    @Test
    void analysesTakeGroupsOrPairsOrNeither() {
        assertEquals(Optional.of(InputShape.GROUPS), InputShape.of(new OneWayAnova()));
        assertEquals(Optional.of(InputShape.PAIRED), InputShape.of(new ChangeFromBaseline()));
        assertEquals(Optional.empty(), InputShape.of(new CohenKappa()));
    }

    private StudyOutcome p1() {
        return StudyOutcomes.outcome(study, "P1");
    }

    private static Arm arm(String code, String name) {
        Arm arm = F.createArm();
        arm.setCode(code);
        arm.setName(name);
        arm.setAllocationWeight(1);
        return arm;
    }

    private static VisitDefinition visit(String code, String name, int day, String instrument) {
        VisitDefinition visit = F.createVisitDefinition();
        visit.setCode(code);
        visit.setName(name);
        visit.setTargetDay(day);
        visit.getInstrumentIds().add(instrument);
        return visit;
    }

    private static OutcomeMeasure outcome(String code, String title, String instrument, String score,
            VisitDefinition at) {
        OutcomeMeasure outcome = F.createOutcomeMeasure();
        outcome.setCode(code);
        outcome.setTitle(title);
        outcome.setKind(instrument == null ? OutcomeKind.SAFETY : OutcomeKind.PRIMARY);
        outcome.setInstrumentId(instrument);
        outcome.setScoreCode(score);
        outcome.setTimePoint(at);
        return outcome;
    }

    private Subject subject(String id, Arm arm) {
        Subject subject = F.createSubject();
        subject.setSubjectId(id);
        subject.setScreeningId(id == null ? null : "SCR-" + id);
        subject.setAllocatedArm(arm);
        study.getSubjects().add(subject);
        return subject;
    }

    private static void score(Subject subject, VisitDefinition visit, String instrument, String code, double value) {
        Assessment assessment = F.createAssessment();
        assessment.setVisit(visit);
        assessment.setInstrumentId(instrument);
        ScoreValue score = F.createScoreValue();
        score.setCode(code);
        score.setValue(value);
        assessment.getScoreValues().add(score);
        subject.getAssessments().add(assessment);
    }
}
