package org.stroma.demo;

import org.stroma.study.records.CalendarDays;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.stroma.model.study.*;

/**
 * Factory helpers so study designs read like their protocols; the public ones are shared with
 * the tests that build designs of their own. Ids are left out here: the demo gives them
 * afterwards by {@link org.stroma.study.records.RecordIds}.
 */
public final class Make {

    static final StudyFactory F = StudyFactory.eINSTANCE;

    private Make() {
    }

    /** Dates are calendar days, stored as {@link CalendarDays} says. */
    static Date date(LocalDate day) {
        return CalendarDays.date(day);
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
        study.setSynthetic(true); // demonstration data: never to be mixed with real data
        return study;
    }

    public static Registration registration(Registry registry, String identifier) {
        Registration r = F.createRegistration();
        r.setRegistry(registry);
        r.setIdentifier(identifier);
        return r;
    }

    public static Site site(String code, String name, String country) {
        Site s = F.createSite();
        s.setCode(code);
        s.setName(name);
        s.setCountry(country);
        return s;
    }

    static Arm arm(String code, String name, Intervention... interventions) {
        Arm a = F.createArm();
        a.setCode(code);
        a.setName(name);
        a.setAllocationWeight(1);
        a.getInterventions().addAll(List.of(interventions));
        return a;
    }

    public static <T extends Intervention> T describe(T intervention, String targetArea, String description) {
        intervention.setTargetArea(targetArea);
        intervention.setDescription(description);
        return intervention;
    }

    public static InjectionSite injection(String region, String siteName, double volumeMl, int count) {
        InjectionSite s = F.createInjectionSite();
        s.setRegion(region);
        s.setSiteName(siteName);
        s.setVolumeMl(volumeMl);
        s.setInjectionCount(count);
        return s;
    }

    public static VisitDefinition visit(String code, String name, int day, int before, int after, String... instrumentIds) {
        VisitDefinition v = F.createVisitDefinition();
        v.setCode(code);
        v.setName(name);
        v.setTargetDay(day);
        v.setWindowBeforeDays(before);
        v.setWindowAfterDays(after);
        v.getInstrumentIds().addAll(List.of(instrumentIds));
        return v;
    }

    public static OutcomeMeasure outcome(String code, String title, OutcomeKind kind, String instrumentId, String scoreCode,
            VisitDefinition timePoint, String analysisId) {
        OutcomeMeasure o = F.createOutcomeMeasure();
        o.setCode(code);
        o.setTitle(title);
        o.setKind(kind);
        o.setInstrumentId(instrumentId);
        o.setScoreCode(scoreCode);
        o.setTimePoint(timePoint);
        o.setAnalysisId(analysisId);
        return o;
    }

    /** min or max may be null for an open bound. */
    public static NumericRangeCriterion range(String code, String text, String attribute, Double min, boolean minInclusive,
            Double max, boolean maxInclusive) {
        NumericRangeCriterion c = F.createNumericRangeCriterion();
        c.setCode(code);
        c.setText(text);
        c.setKind(CriterionKind.INCLUSION);
        c.setAttribute(attribute);
        if (min != null) {
            c.setMin(min);
        }
        c.setMinInclusive(minInclusive);
        if (max != null) {
            c.setMax(max);
        }
        c.setMaxInclusive(maxInclusive);
        return c;
    }

    public static FlagCriterion flag(String code, String text, String attribute, boolean expected) {
        FlagCriterion c = F.createFlagCriterion();
        c.setCode(code);
        c.setText(text);
        c.setKind(CriterionKind.INCLUSION);
        c.setAttribute(attribute);
        c.setExpectedValue(expected);
        return c;
    }

    public static DiagnosisCriterion diagnosis(String code, String text, Diagnosis diagnosis, String supportingInstrumentId,
            String... allowedSubtypes) {
        DiagnosisCriterion c = F.createDiagnosisCriterion();
        c.setCode(code);
        c.setText(text);
        c.setKind(CriterionKind.INCLUSION);
        c.setDiagnosis(diagnosis);
        c.setSupportingInstrumentId(supportingInstrumentId);
        c.getAllowedSubtypes().addAll(List.of(allowedSubtypes));
        return c;
    }

    static Consent consent(LocalDate date, String version) {
        Consent c = F.createConsent();
        c.setDate(date(date));
        c.setVersion(version);
        c.setSigned(true);
        return c;
    }

    static SubjectEvent event(SubjectState state, LocalDate date, VisitDefinition visit, String reason) {
        SubjectEvent e = F.createSubjectEvent();
        e.setState(state);
        e.setDate(date(date));
        e.setVisit(visit);
        e.setReason(reason);
        return e;
    }

    public static FlagValue flagValue(String name, boolean value) {
        FlagValue f = F.createFlagValue();
        f.setName(name);
        f.setValue(value);
        return f;
    }

    public static NumericValue numericValue(String name, double value) {
        NumericValue n = F.createNumericValue();
        n.setName(name);
        n.setValue(value);
        return n;
    }

    static Procedure procedure(ProcedureType type, LocalDate date, VisitDefinition visit, Intervention intervention,
            String surgeon) {
        Procedure p = F.createProcedure();
        p.setType(type);
        p.setDate(date(date));
        p.setVisit(visit);
        p.setIntervention(intervention);
        p.setSurgeon(surgeon);
        return p;
    }

    static CellProduct cellProduct(String lot, CellProductType type, Subject donor, LocalDate prepared,
            String processingMethod) {
        CellProduct c = F.createCellProduct();
        c.setLot(lot);
        c.setType(type);
        c.setDonor(donor);
        c.setPreparedDate(date(prepared));
        c.setProcessingMethod(processingMethod);
        return c;
    }

    /** An adverse event; a null resolution date means not resolved by the end of follow-up. */
    static AdverseEvent adverseEvent(String term, LocalDate onset, LocalDate resolved, int grade, boolean serious,
            Relatedness relatedness, AdverseEventOutcome outcome, String actionTaken, Procedure procedure) {
        AdverseEvent ae = F.createAdverseEvent();
        ae.setTerm(term);
        ae.setOnsetDate(date(onset));
        if (resolved != null) {
            ae.setResolutionDate(date(resolved));
        }
        ae.setCtcaeGrade(grade);
        ae.setSerious(serious);
        ae.setRelatedness(relatedness);
        ae.setOutcome(outcome);
        ae.setActionTaken(actionTaken);
        ae.setProcedure(procedure);
        return ae;
    }

    static ProtocolDeviation deviation(LocalDate date, String category, String description, boolean major) {
        ProtocolDeviation d = F.createProtocolDeviation();
        d.setDate(date(date));
        d.setCategory(category);
        d.setDescription(description);
        d.setMajor(major);
        return d;
    }
}
