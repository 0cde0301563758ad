package org.stroma.exchange.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.stroma.demo.Make;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.CellProduct;
import org.stroma.model.study.CellProductType;
import org.stroma.model.study.Consent;
import org.stroma.model.study.CriterionKind;
import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.EligibilityOverride;
import org.stroma.model.study.FlagCriterion;
import org.stroma.model.study.Identified;
import org.stroma.model.study.ImageKind;
import org.stroma.model.study.ImageReference;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Masking;
import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.ProtocolDeviation;
import org.stroma.model.study.Registration;
import org.stroma.model.study.Registry;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.SvfAssistedFatGrafting;
import org.stroma.model.study.VisitDefinition;

/**
 * A small study holding one of every kind of record the model has, and the values an exchange
 * format gets wrong: fields left unset next to fields set to their default, empty and multi-line
 * texts, a date with a time of day, tiny, huge and negative-zero numbers, a score that is not a
 * number, an item without a value, an instrument that is not installed, an assessment outside
 * the schedule, lists whose order is not the visits' order, and a cell product without a donor.
 */
final class EveryKindOfRecord {

    static final String ID = "EVERY-KIND";

    private static final StudyFactory F = StudyFactory.eINSTANCE;

    private EveryKindOfRecord() {
    }

    static Study build() {
        Study study = F.createStudy();
        study.setId(ID);
        study.setTitle("Line one\nline two\twith a tab, <angle> & \"quotes\" at 37 \u00b0C");
        study.setDesign(StudyDesign.SINGLE_ARM);
        study.setMasking(Masking.ASSESSOR_BLINDED);
        study.setTargetEnrollment(2);
        Registration pending = F.createRegistration();
        pending.setIdentifier("pending");
        study.getRegistrations().addAll(List.of(Make.registration(Registry.OTHER, "DRKS00000000"), pending));
        Site site = Make.site("DE01", null, "DE");
        study.getSites().add(site);

        SvfAssistedFatGrafting svf = Make.describe(F.createSvfAssistedFatGrafting(), "face", "SVF:fat 1.5:2");
        svf.setSvfRatioPart(1.5);
        svf.setFatRatioPart(2);
        svf.getPlannedInjectionSites().add(Make.injection("face", "temple", 0.25, 4));
        Arm arm = F.createArm();
        arm.setCode("A");
        arm.setName("Only arm");
        arm.getInterventions().addAll(List.of(svf, Make.describe(F.createStandardCare(), null, "usual care")));
        study.getArms().add(arm);

        VisitDefinition baseline = Make.visit("BL", "Baseline", 0, 14, 0, "mrss", "home-diary");
        VisitDefinition month6 = Make.visit("M6", null, 182, 14, 14);
        study.getVisitSchedule().addAll(List.of(baseline, month6));
        FlagCriterion pregnant = Make.flag("E1", "Pregnant", "pregnant", false);
        pregnant.setKind(CriterionKind.EXCLUSION);
        study.getEligibilityCriteria().addAll(List.of(
                Make.range("I1", "BMI at least 17", "bmi", 17.0, true, null, true),
                Make.diagnosis("I2", "Localized scleroderma", Diagnosis.LOCALIZED_SCLERODERMA, "loscat", "linear",
                        "morphea"),
                pregnant));
        study.getOutcomeMeasures().add(Make.outcome("P1", "Total mRSS", OutcomeKind.PRIMARY, "mrss", "total", month6,
                "paired-change-from-baseline"));

        Subject first = F.createSubject();
        first.setScreeningId("S001");
        first.setSubjectId("EK-01");
        first.setSite(site);
        first.setAllocatedArm(arm);
        first.setSex(Sex.FEMALE);
        first.setDateOfBirth(Date.from(Instant.parse("1980-03-04T10:30:00Z")));
        first.setDiagnosis(Diagnosis.LOCALIZED_SCLERODERMA);
        first.setSubtype("");
        first.setInactiveMonths(0);
        first.getFlags().add(Make.flagValue("fitForSurgery", true));
        first.getNumericValues().addAll(List.of(Make.numericValue("tiny", 1.0E-7),
                Make.numericValue("negativeZero", -0.0), Make.numericValue("huge", 1.2345678901234E19)));
        Consent consent = F.createConsent();
        consent.setDate(day(2024, 1, 8));
        consent.setVersion("2.0");
        consent.setSigned(true);
        consent.setWithdrawnDate(day(2024, 9, 1));
        first.getConsents().add(consent);
        first.getEvents().addAll(List.of(event(SubjectState.SCREENED, day(2024, 1, 8), null, null),
                event(SubjectState.ENROLLED, day(2024, 1, 10), baseline, "enrolled on an approved override")));
        EligibilityOverride override = F.createEligibilityOverride();
        override.setReason("BMI 16.5;\napproved by the sponsor");
        override.getCriterionCodes().addAll(List.of("I1", "I2"));
        override.setApprovedBy("Principal investigator");
        override.setDate(day(2024, 1, 9));
        first.setEligibilityOverride(override);

        CellProduct donated = cellProduct("SVF-EK-01", CellProductType.SVF, first);
        donated.setViabilityPercent(87.5);
        donated.setPassageNumber(0);
        Procedure liposuction = procedure(ProcedureType.LIPOSUCTION, baseline);
        liposuction.setHarvestSite("abdomen");
        liposuction.setLipoaspirateVolumeMl(120.5);
        Procedure grafting = procedure(ProcedureType.FAT_GRAFTING, baseline);
        grafting.setIntervention(svf);
        grafting.setCellProduct(donated);
        grafting.setDescription("two sites;\nleft temple first");
        grafting.getInjectionSites().addAll(List.of(Make.injection("face", "left temple", 0.5, 2),
                Make.injection("face", "right temple", 0.25, 4)));
        first.getProcedures().addAll(List.of(liposuction, grafting));
        AdverseEvent swelling = F.createAdverseEvent();
        swelling.setTerm("Swelling");
        swelling.setOnsetDate(day(2024, 1, 12));
        swelling.setCtcaeGrade(2);
        swelling.setRelatedness(Relatedness.POSSIBLE);
        swelling.setProcedure(grafting);
        first.getAdverseEvents().add(swelling);
        ProtocolDeviation deviation = F.createProtocolDeviation();
        deviation.setDate(day(2024, 7, 30));
        deviation.setCategory("visit window");
        deviation.setDescription("month 6 visit 20 days late");
        deviation.setMajor(true);
        first.getProtocolDeviations().add(deviation);
        ImageReference mri = F.createImageReference();
        mri.setKind(ImageKind.MRI_SERIES);
        mri.setVisit(month6);
        mri.setDate(day(2024, 7, 30));
        mri.setRelativePath("mri/S001/m6");
        mri.setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        first.getImages().add(mri);
        first.getAssessments().addAll(List.of(
                assessment(baseline, "mrss", List.of("face", "1", "anteriorChest", "2"), "total", 3, null),
                assessment(null, "mrss", List.of("face", "0"), "total", 0, null),
                assessment(month6, "home-diary", Arrays.asList("mood", "", "sleep", null), "index", Double.NaN,
                        "points"),
                assessment(baseline, "home-diary", List.of("mood", "fine"), "index", -1.5, "")));

        Subject second = F.createSubject();
        second.setScreeningId("S002");
        study.getSubjects().addAll(List.of(first, second));
        study.getCellProducts().addAll(List.of(cellProduct("SVF-EK-02", CellProductType.SVF, second),
                cellProduct("GEL-UNKNOWN", CellProductType.ECM_SVF_GEL, null), donated));
        return numbered(study);
    }

    private static Date day(int year, int month, int day) {
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static SubjectEvent event(SubjectState state, Date date, VisitDefinition visit, String reason) {
        SubjectEvent event = F.createSubjectEvent();
        event.setState(state);
        event.setDate(date);
        event.setVisit(visit);
        event.setReason(reason);
        return event;
    }

    private static Procedure procedure(ProcedureType type, VisitDefinition visit) {
        Procedure procedure = F.createProcedure();
        procedure.setType(type);
        procedure.setDate(day(2024, 1, 11));
        procedure.setVisit(visit);
        procedure.setSurgeon("Surgeon A");
        return procedure;
    }

    private static CellProduct cellProduct(String lot, CellProductType type, Subject donor) {
        CellProduct product = F.createCellProduct();
        product.setLot(lot);
        product.setType(type);
        product.setDonor(donor);
        product.setPreparedDate(day(2024, 1, 11));
        return product;
    }

    /** @param items code, value, code, value...; a null value is an item without a value */
    private static Assessment assessment(VisitDefinition visit, String instrument, List<String> items, String score,
            double value, String unit) {
        Assessment assessment = F.createAssessment();
        assessment.setVisit(visit);
        assessment.setDate(day(2024, 1, 9));
        assessment.setInstrumentId(instrument);
        assessment.setInstrumentVersion(1);
        assessment.setAssessor("blinded assessor");
        assessment.setAssessorBlinded(true);
        for (int i = 0; i < items.size(); i += 2) {
            ItemValue item = F.createItemValue();
            item.setCode(items.get(i));
            item.setValue(items.get(i + 1));
            assessment.getItemValues().add(item);
        }
        ScoreValue scoreValue = F.createScoreValue();
        scoreValue.setCode(score);
        scoreValue.setValue(value);
        scoreValue.setUnit(unit);
        assessment.getScoreValues().add(scoreValue);
        return assessment;
    }

    /** Ids in tree order: EVERY-KIND-1, EVERY-KIND-2, ... */
    private static Study numbered(Study study) {
        int n = 1;
        for (Iterator<EObject> all = study.eAllContents(); all.hasNext();) {
            ((Identified) all.next()).setId(ID + "-" + n++);
        }
        return study;
    }
}
