package org.stroma.model.tests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.*;

/** Small factory helpers so the four designs read like their protocols. */
final class Make {

    static final StudyFactory F = StudyFactory.eINSTANCE;

    private Make() {
    }

    static Date date(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static Study study(String id, String acronym, String title, StudyDesign design, Masking masking, int target) {
        Study study = F.createStudy();
        study.setId(id);
        study.setAcronym(acronym);
        study.setTitle(title);
        study.setDesign(design);
        study.setMasking(masking);
        study.setTargetEnrollment(target);
        study.setProtocolVersion("1.0");
        study.setSynthetic(true); // demonstration data: registry numbers below are placeholders
        return study;
    }

    static Arm arm(String code, String name, int weight, Intervention... interventions) {
        Arm a = F.createArm();
        a.setCode(code);
        a.setName(name);
        a.setAllocationWeight(weight);
        a.getInterventions().addAll(List.of(interventions));
        return a;
    }

    static Subject subject(String screeningId, String subjectId, Site site, Sex sex, String dateOfBirth, double bmi,
            Diagnosis diagnosis, String subtype, int diseaseDurationMonths) {
        Subject s = F.createSubject();
        s.setScreeningId(screeningId);
        s.setSubjectId(subjectId);
        s.setSite(site);
        s.setSex(sex);
        s.setDateOfBirth(date(dateOfBirth));
        s.setBmi(bmi);
        s.setDiagnosis(diagnosis);
        s.setSubtype(subtype);
        s.setDiseaseDurationMonths(diseaseDurationMonths);
        return s;
    }

    static Consent consent(String date, String version) {
        Consent c = F.createConsent();
        c.setDate(date(date));
        c.setVersion(version);
        c.setSigned(true);
        return c;
    }

    static SubjectEvent event(SubjectState state, String date, VisitDefinition visit, String reason) {
        SubjectEvent e = F.createSubjectEvent();
        e.setState(state);
        e.setDate(date(date));
        e.setVisit(visit);
        e.setReason(reason);
        return e;
    }

    static Assessment assessment(VisitDefinition visit, String date, String instrumentId, int version, String assessor,
            boolean blinded) {
        Assessment a = F.createAssessment();
        a.setVisit(visit);
        a.setDate(date(date));
        a.setInstrumentId(instrumentId);
        a.setInstrumentVersion(version);
        a.setAssessor(assessor);
        a.setAssessorBlinded(blinded);
        return a;
    }

    static ItemValue item(String code, String value) {
        ItemValue i = F.createItemValue();
        i.setCode(code);
        i.setValue(value);
        return i;
    }

    static ScoreValue score(String code, double value, String unit) {
        ScoreValue s = F.createScoreValue();
        s.setCode(code);
        s.setValue(value);
        s.setUnit(unit);
        return s;
    }

    static AdverseEvent adverseEvent(String term, String onset, String resolved, int grade, Relatedness relatedness,
            AdverseEventOutcome outcome, Procedure procedure) {
        AdverseEvent ae = F.createAdverseEvent();
        ae.setTerm(term);
        ae.setOnsetDate(date(onset));
        if (resolved != null) {
            ae.setResolutionDate(date(resolved));
        }
        ae.setCtcaeGrade(grade);
        ae.setRelatedness(relatedness);
        ae.setOutcome(outcome);
        ae.setActionTaken("none");
        ae.setProcedure(procedure);
        return ae;
    }

    static ImageReference image(ImageKind kind, VisitDefinition visit, String date, String relativePath, String sha256) {
        ImageReference i = F.createImageReference();
        i.setKind(kind);
        i.setVisit(visit);
        i.setDate(date(date));
        i.setRelativePath(relativePath);
        i.setSha256(sha256);
        return i;
    }

    /**
     * Gives every object without an id a UUID, derived from the study id and the object's position
     * so that each run builds the same study (the store would use random UUIDs).
     */
    static Study withIds(Study study) {
        List<Identified> objects = new ArrayList<>();
        for (TreeIterator<EObject> i = study.eAllContents(); i.hasNext();) {
            if (i.next() instanceof Identified identified && identified.getId() == null) {
                objects.add(identified);
            }
        }
        for (int n = 0; n < objects.size(); n++) {
            objects.get(n).setId(UUID.nameUUIDFromBytes((study.getId() + "/" + n).getBytes()).toString());
        }
        return study;
    }
}
