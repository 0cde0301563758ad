package org.stroma.model.tests;

import static org.stroma.demo.Make.*;
import static org.stroma.model.tests.Make.*;

import java.util.List;

import org.stroma.model.study.*;

/**
 * Design 2: two-arm RCT in localized scleroderma alopecia, 40 participants: hair transplantation
 * assisted by ECM/SVF-gel versus traditional hair transplantation, with the structured eligibility
 * list of the source. Registered on ClinicalTrials.gov. Masking and schedule are not stated in the
 * source; the values here are this example's choice.
 */
final class LosAlopeciaTrial {

    private LosAlopeciaTrial() {
    }

    /** The protocol's inclusion list, one machine-checkable criterion per condition. */
    static List<EligibilityCriterion> eligibility() {
        return List.of(
                diagnosis("I1", "Localized scleroderma confirmed (LoSCAT may support the diagnosis)",
                        Diagnosis.LOCALIZED_SCLERODERMA, "loscat"),
                flag("I2", "Secondary alopecia caused by localized scleroderma", "secondaryAlopeciaFromLoS", true),
                range("I3", "Alopecia present for more than 6 months", "alopeciaDurationMonths", 6.0, false, null, true),
                flag("I4", "Enough donor hair for transplantation", "sufficientDonorHair", true),
                range("I5", "Disease inactive for more than a year", "inactiveMonths", 12.0, false, null, true),
                flag("I6", "Fit for anaesthesia and surgery", "fitForSurgery", true),
                range("I7", "BMI >= 17", "bmi", 17.0, true, null, true),
                range("I8", "Age 18 to 59 years", "ageYears", 18.0, true, 59.0, true),
                flag("I9", "Informed consent signed", "consentSigned", true));
    }

    static Study build() {
        Study study = study("LOS-ALOPECIA-HT", "LoS-Hair",
                "ECM/SVF-gel assisted versus traditional hair transplantation for alopecia in localized scleroderma",
                StudyDesign.PARALLEL_RANDOMIZED, Masking.ASSESSOR_BLINDED, 40);
        study.getRegistrations().add(registration(Registry.CLINICALTRIALS_GOV, "NCT-DEMO-0002"));
        Site site = site("SH02", "Hair restoration clinic (demo)", "CN");
        study.getSites().add(site);

        EcmSvfGelHairTransplantation gelHt = describe(F.createEcmSvfGelHairTransplantation(), "alopecic scalp",
                "Follicular unit transplantation with ECM/SVF-gel injected into the recipient area");
        TraditionalHairTransplantation ht = describe(F.createTraditionalHairTransplantation(), "alopecic scalp",
                "Follicular unit transplantation");
        Arm armGel = arm("GEL-HT", "ECM/SVF-gel assisted hair transplantation", 1, gelHt);
        Arm armHt = arm("HT", "Traditional hair transplantation", 1, ht);
        study.getArms().addAll(List.of(armGel, armHt));

        VisitDefinition scr = visit("SCR", "Screening", -28, 14, 0, "loscat");
        VisitDefinition d0 = visit("D0", "Surgery", 0, 0, 0, "clinical-photo");
        VisitDefinition m6 = visit("M6", "6 months", 182, 14, 14, "clinical-photo", "loscat", "adverse-events");
        study.getVisitSchedule().addAll(List.of(scr, d0, m6));
        study.getEligibilityCriteria().addAll(eligibility());

        // Eligible, randomized and treated.
        Subject ok = subject("S01", "LA-001", site, Sex.MALE, "1990-01-20", 23.4, Diagnosis.LOCALIZED_SCLERODERMA,
                "linear scleroderma en coup de sabre", 96);
        ok.setDiseaseActive(false);
        ok.setInactiveMonths(30);
        ok.getFlags().addAll(List.of(flagValue("secondaryAlopeciaFromLoS", true),
                flagValue("sufficientDonorHair", true), flagValue("fitForSurgery", true)));
        ok.getNumericValues().add(numericValue("alopeciaDurationMonths", 40));
        ok.getConsents().add(consent("2024-04-02", "1.0"));
        ok.getEvents().add(event(SubjectState.SCREENED, "2024-04-02", scr, null));
        ok.getEvents().add(event(SubjectState.ENROLLED, "2024-04-09", scr, null));
        ok.getEvents().add(event(SubjectState.ALLOCATED, "2024-04-09", null, null));
        ok.getEvents().add(event(SubjectState.TREATED, "2024-04-20", d0, null));
        ok.setAllocatedArm(armGel);
        CellProduct gel = F.createCellProduct();
        gel.setLot("GEL-2024-004");
        gel.setType(CellProductType.ECM_SVF_GEL);
        gel.setVolumeMl(6);
        gel.setDonor(ok);
        gel.setProcessingMethod("mechanical emulsification and centrifugation");
        study.getCellProducts().add(gel);
        Procedure p = F.createProcedure();
        p.setDate(date("2024-04-20"));
        p.setType(ProcedureType.HAIR_TRANSPLANTATION);
        p.setIntervention(gelHt);
        p.setVisit(d0);
        p.setHarvestSite("thigh");
        p.setLipoaspirateVolumeMl(60);
        p.setCellProduct(gel);
        p.getInjectionSites().add(injection("scalp", "frontoparietal alopecic patch", 0.1, 40));
        ok.getProcedures().add(p);
        study.getSubjects().add(ok);

        // Screen failure: BMI below 17 (criterion I7).
        Subject fail = subject("S02", null, site, Sex.FEMALE, "2001-07-03", 16.2, Diagnosis.LOCALIZED_SCLERODERMA,
                "linear scleroderma en coup de sabre", 30);
        fail.setInactiveMonths(18);
        fail.getConsents().add(consent("2024-04-05", "1.0"));
        fail.getEvents().add(event(SubjectState.SCREENED, "2024-04-05", scr, null));
        fail.getEvents().add(event(SubjectState.EXCLUDED, "2024-04-12", scr, "I7: BMI 16.2 < 17"));
        study.getSubjects().add(fail);

        // Enrolled although failing one criterion, with a documented override.
        Subject over = subject("S03", "LA-002", site, Sex.FEMALE, "1965-02-11", 24.0, Diagnosis.LOCALIZED_SCLERODERMA,
                "linear scleroderma en coup de sabre", 120);
        over.setInactiveMonths(48);
        over.getConsents().add(consent("2024-04-06", "1.0"));
        EligibilityOverride override = F.createEligibilityOverride();
        override.setReason("Age 59 at screening, 60 at surgery after a scheduling delay; approved by the sponsor");
        override.getCriterionCodes().add("I8");
        override.setApprovedBy("Principal investigator");
        override.setDate(date("2024-04-15"));
        over.setEligibilityOverride(override);
        over.getEvents().add(event(SubjectState.SCREENED, "2024-04-06", scr, null));
        over.getEvents().add(event(SubjectState.ENROLLED, "2024-04-15", scr, null));
        over.getEvents().add(event(SubjectState.ALLOCATED, "2024-04-15", null, null));
        over.getEvents().add(event(SubjectState.WITHDRAWN, "2024-04-18", null, "withdrew consent before surgery"));
        over.getConsents().get(0).setWithdrawnDate(date("2024-04-18"));
        over.setAllocatedArm(armHt);
        ProtocolDeviation dev = F.createProtocolDeviation();
        dev.setDate(date("2024-04-15"));
        dev.setCategory("eligibility");
        dev.setDescription("Enrolled outside the age range (I8) under an approved override");
        dev.setMajor(true);
        over.getProtocolDeviations().add(dev);
        study.getSubjects().add(over);
        return withIds(study);
    }
}
