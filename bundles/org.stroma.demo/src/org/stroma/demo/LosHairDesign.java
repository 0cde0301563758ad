package org.stroma.demo;

import static org.stroma.demo.Make.*;

import java.util.List;

import org.stroma.model.study.*;

/**
 * Design 2: two-arm RCT in LoS alopecia, 40 participants, hair transplantation assisted by
 * ECM/SVF-gel versus traditional hair transplantation, with the structured eligibility list of
 * the source. No hair or graft survival instrument exists yet, so the demo's outcomes are
 * LoSCAT damage and pain; masking and schedule are the demo's choice.
 */
record LosHairDesign(Study study, List<Site> sites, Arm gel, Arm traditional, VisitDefinition screening,
        VisitDefinition surgery, VisitDefinition month1, VisitDefinition month6) {

    static final Population POPULATION = new Population(Diagnosis.LOCALIZED_SCLERODERMA,
            List.of("linear scleroderma en coup de sabre", "circumscribed morphea of the scalp"),
            0.7, 18, 55, 24, 240);

    static LosHairDesign create(DemoInstruments instruments) {
        Study study = Make.study(DemoStudies.LOS_HAIR, "LoS-HAIR",
                "ECM/SVF-gel assisted versus traditional hair transplantation for alopecia secondary to "
                        + "localized scleroderma: a randomized trial",
                StudyDesign.PARALLEL_RANDOMIZED, Masking.ASSESSOR_BLINDED, 40);
        study.getRegistrations().add(registration(Registry.CLINICALTRIALS_GOV, "NCT-DEMO-0002"));
        List<Site> sites = List.of(Make.site("SH02", "Hair restoration centre (demo)", "CN"),
                Make.site("SH03", "Dermatology hospital, hair clinic (demo)", "CN"));
        study.getSites().addAll(sites);

        EcmSvfGelHairTransplantation gelHt = describe(F.createEcmSvfGelHairTransplantation(), "alopecic scalp",
                "Follicular unit transplantation with ECM/SVF-gel injected into the recipient area");
        TraditionalHairTransplantation ht = describe(F.createTraditionalHairTransplantation(), "alopecic scalp",
                "Follicular unit transplantation");
        Arm armGel = Make.arm("GEL-HT", "ECM/SVF-gel assisted hair transplantation", gelHt);
        Arm armHt = Make.arm("HT", "Traditional hair transplantation", ht);
        study.getArms().addAll(List.of(armGel, armHt));

        String loscat = instruments.loscat().id();
        String vas = instruments.vasPain().id();
        VisitDefinition scr = visit("SCR", "Screening", -28, 14, 0, loscat);
        VisitDefinition d0 = visit("D0", "Surgery", 0, 0, 0);
        VisitDefinition m1 = visit("M1", "1 month", 30, 7, 7, vas);
        VisitDefinition m6 = visit("M6", "6 months", 182, 14, 14, loscat, vas);
        study.getVisitSchedule().addAll(List.of(scr, d0, m1, m6));

        study.getEligibilityCriteria().addAll(List.of(
                diagnosis("I1", "Localized scleroderma confirmed (LoSCAT may support the diagnosis)",
                        Diagnosis.LOCALIZED_SCLERODERMA, loscat),
                flag("I2", "Secondary alopecia caused by localized scleroderma", "secondaryAlopeciaFromLoS", true),
                range("I3", "Alopecia present for more than 6 months", "alopeciaDurationMonths", 6.0, false, null,
                        true),
                flag("I4", "Enough donor hair for transplantation", "sufficientDonorHair", true),
                range("I5", "Disease inactive for more than a year", "inactiveMonths", 12.0, false, null, true),
                flag("I6", "Fit for anaesthesia and surgery", "fitForSurgery", true),
                range("I7", "BMI >= 17", "bmi", 17.0, true, null, true),
                range("I8", "Age 18 to 59 years", "ageYears", 18.0, true, 59.0, true),
                flag("I9", "Informed consent signed", "consentSigned", true)));
        OutcomeMeasure primary = outcome("P1", "Physician global assessment of damage (PGA-D) at 6 months",
                OutcomeKind.PRIMARY, loscat, "pgaD", m6, "two-group-comparison");
        primary.setDescription("Stands in for hair graft survival, which has no instrument yet");
        study.getOutcomeMeasures().addAll(List.of(primary,
                outcome("S1", "LoSDI at 6 months", OutcomeKind.SECONDARY, loscat, "losdi", m6,
                        "two-group-comparison"),
                outcome("S2", "Pain at 1 month", OutcomeKind.SECONDARY, vas, "painMm", m1, "two-group-comparison"),
                outcome("H1", "Adverse events", OutcomeKind.SAFETY, null, null, m6, null)));
        return new LosHairDesign(study, sites, armGel, armHt, scr, d0, m1, m6);
    }

    List<Arm> arms() {
        return List.of(gel, traditional);
    }
}
