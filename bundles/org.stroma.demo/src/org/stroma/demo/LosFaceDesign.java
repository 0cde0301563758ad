package org.stroma.demo;

import static org.stroma.demo.Make.*;

import java.util.List;

import org.stroma.model.study.*;

/**
 * Design 1: three-arm pilot RCT in localized scleroderma, facial atrophy, 18 patients 1:1:1 to
 * conventional AFG, SVF-assisted AFG (SVF:fat 1:1 by volume) or ADSC-assisted AFG (5 x 10^5
 * cells per mL of fat). Primary outcome: fat volume retention on MRI at 6 months, compared by
 * one-way ANOVA with Tukey's HSD. Masking is not stated in the source; assessor-blinded is the demo's choice.
 */
record LosFaceDesign(Study study, Site site, Arm afg, Arm svf, Arm adsc, VisitDefinition screening,
        VisitDefinition surgery, VisitDefinition month3, VisitDefinition month6) {

    static final Population POPULATION = new Population(Diagnosis.LOCALIZED_SCLERODERMA,
            List.of("linear scleroderma en coup de sabre", "progressive hemifacial atrophy (Parry-Romberg)"),
            0.75, 18, 40, 36, 240);

    static LosFaceDesign create(DemoInstruments instruments) {
        Study study = Make.study(DemoStudies.LOS_FACE, "LoS-FACE",
                "Conventional, SVF-assisted and ADSC-assisted autologous fat grafting for facial atrophy "
                        + "in localized scleroderma: a three-arm pilot randomized trial",
                StudyDesign.PARALLEL_RANDOMIZED, Masking.ASSESSOR_BLINDED, 18);
        study.getRegistrations().add(registration(Registry.CHICTR, "ChiCTR-DEMO-0001"));
        Site site = Make.site("SH01", "Department of Plastic and Reconstructive Surgery (demo)", "CN");
        study.getSites().add(site);

        ConventionalFatGrafting afg = describe(F.createConventionalFatGrafting(), "face",
                "Coleman technique autologous fat grafting");
        SvfAssistedFatGrafting svfAfg = describe(F.createSvfAssistedFatGrafting(), "face",
                "Fat grafting with SVF mixed into the fat 1:1 by volume");
        svfAfg.setSvfRatioPart(1);
        svfAfg.setFatRatioPart(1);
        AdscAssistedFatGrafting adscAfg = describe(F.createAdscAssistedFatGrafting(), "face",
                "Fat grafting with culture-expanded ADSCs added to the fat; cells harvested 4-5 weeks before");
        adscAfg.setCellsPerMlFat(5.0e5);
        Arm armAfg = Make.arm("AFG", "Conventional AFG", afg);
        Arm armSvf = Make.arm("SVF-AFG", "SVF-assisted AFG", svfAfg);
        Arm armAdsc = Make.arm("ADSC-AFG", "ADSC-assisted AFG", adscAfg);
        study.getArms().addAll(List.of(armAfg, armSvf, armAdsc));

        String loscat = instruments.loscat().id();
        String vas = instruments.vasPain().id();
        String retention = instruments.fatVolumeRetention().id();
        VisitDefinition scr = visit("SCR", "Screening", -28, 14, 0, loscat);
        VisitDefinition d0 = visit("D0", "Surgery", 0, 0, 0);
        VisitDefinition m3 = visit("M3", "3 months", 91, 14, 14, vas);
        VisitDefinition m6 = visit("M6", "6 months", 182, 14, 14, retention, vas, loscat);
        study.getVisitSchedule().addAll(List.of(scr, d0, m3, m6));

        study.getEligibilityCriteria().addAll(List.of(
                diagnosis("I1", "Localized scleroderma with facial atrophy", Diagnosis.LOCALIZED_SCLERODERMA, loscat,
                        POPULATION.subtypes().toArray(String[]::new)),
                range("I2", "Disease inactive for more than 12 months", "inactiveMonths", 12.0, false, null, true),
                range("I3", "Age 18 to 45 years", "ageYears", 18.0, true, 45.0, true),
                range("I4", "BMI >= 17", "bmi", 17.0, true, null, true),
                flag("I5", "Informed consent signed", "consentSigned", true)));
        study.getOutcomeMeasures().addAll(List.of(
                outcome("P1", "Fat volume retention at 6 months (MRI, Cavalieri)", OutcomeKind.PRIMARY, retention,
                        "retentionPercent", m6, "anova-tukey-hsd"),
                outcome("S1", "Physician global assessment of damage (PGA-D) at 6 months", OutcomeKind.SECONDARY,
                        loscat, "pgaD", m6, "anova-tukey-hsd"),
                outcome("S2", "Pain at 6 months", OutcomeKind.SECONDARY, vas, "painMm", m6, "anova-tukey-hsd"),
                outcome("H1", "Adverse events", OutcomeKind.SAFETY, null, null, m6, null)));
        return new LosFaceDesign(study, site, armAfg, armSvf, armAdsc, scr, d0, m3, m6);
    }

    List<Arm> arms() {
        return List.of(afg, svf, adsc);
    }

    /** Mean 6-month retention by arm, in %: the effect the demo data carry (SD 10). */
    double meanRetention(Arm arm) {
        return arm == adsc ? 70 : arm == svf ? 60 : 40;
    }
}
