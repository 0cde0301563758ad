package org.stroma.store.internal;

import java.util.Date;
import java.util.List;
import java.util.Random;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;

/**
 * A synthetic two-arm trial for measuring the store: every subject has one 30-item assessment
 * at each of 6 visits. Deterministic for a given size.
 */
final class SyntheticTrial {

    static final String ID = "BENCH";
    static final int VISITS = 6;
    static final int ITEMS = 30;
    private static final StudyFactory MAKE = StudyFactory.eINSTANCE;
    private static final long DAY = 86_400_000L;

    private SyntheticTrial() {
    }

    static Study build(int subjects) {
        Study study = MAKE.createStudy();
        study.setId(ID);
        study.setAcronym(ID);
        study.setTitle("Synthetic trial of " + subjects + " subjects for measuring the store");
        study.setDesign(StudyDesign.PARALLEL_RANDOMIZED);
        study.setTargetEnrollment(subjects);
        study.setSynthetic(true);
        for (String code : List.of("SVF", "CONTROL")) {
            Arm arm = MAKE.createArm();
            arm.setId("arm-" + code);
            arm.setCode(code);
            arm.setName(code + " arm");
            study.getArms().add(arm);
        }
        int[] days = { -14, 0, 28, 84, 168, 364 };
        for (int v = 0; v < VISITS; v++) {
            VisitDefinition visit = MAKE.createVisitDefinition();
            visit.setId("visit-" + (v + 1));
            visit.setCode("V" + (v + 1));
            visit.setName("Visit " + (v + 1));
            visit.setTargetDay(days[v]);
            visit.getInstrumentIds().add("items-30");
            study.getVisitSchedule().add(visit);
        }
        String[] codes = new String[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            codes[i] = "Q" + (i + 1);
        }
        Random random = new Random(subjects);
        for (int s = 1; s <= subjects; s++) {
            study.getSubjects().add(subject(study, s, codes, random));
        }
        return study;
    }

    private static Subject subject(Study study, int number, String[] codes, Random random) {
        String id = String.format("S%05d", number);
        Subject subject = MAKE.createSubject();
        subject.setId(id);
        subject.setScreeningId("SCR-" + number);
        subject.setSubjectId(id);
        subject.setSex(number % 2 == 0 ? Sex.FEMALE : Sex.MALE);
        subject.setBmi(18.5 + random.nextInt(150) / 10.0);
        subject.setAllocatedArm(study.getArms().get(number % 2));
        long start = 1_700_000_000_000L + number * DAY;
        for (int v = 0; v < VISITS; v++) {
            VisitDefinition visit = study.getVisitSchedule().get(v);
            Assessment assessment = MAKE.createAssessment();
            assessment.setId(id + "-V" + (v + 1));
            assessment.setVisit(visit);
            assessment.setDate(new Date(start + visit.getTargetDay() * DAY));
            assessment.setInstrumentId("items-30");
            assessment.setInstrumentVersion(1);
            assessment.setAssessor("assessor");
            for (int i = 0; i < ITEMS; i++) {
                ItemValue item = MAKE.createItemValue();
                item.setId(assessment.getId() + "-" + codes[i]);
                item.setCode(codes[i]);
                item.setValue(Integer.toString(random.nextInt(5)));
                assessment.getItemValues().add(item);
            }
            subject.getAssessments().add(assessment);
        }
        return subject;
    }
}
