package org.stroma.model.tests;

import static org.stroma.demo.Make.*;
import static org.stroma.model.tests.Make.*;

import org.stroma.model.study.*;

/**
 * Design 1: three-arm pilot RCT in localized scleroderma, facial atrophy. 18 patients, 1:1:1 to
 * conventional AFG, SVF-assisted AFG (SVF:fat 1:1 by volume) or ADSC-assisted AFG (5 x 10^5 cells per
 * mL of fat). Primary outcome: fat volume retention on MRI at 6 months. Registered in ChiCTR.
 * Masking is not stated in the source; assessor-blinded is this example's choice.
 */
final class LosFacialAtrophyTrial {

    private LosFacialAtrophyTrial() {
    }

    static Study build() {
        Study study = study("LOS-FACE-AFG", "LoS-Face",
                "Conventional, SVF-assisted or ADSC-assisted autologous fat grafting for facial atrophy in localized scleroderma: a three-arm pilot RCT",
                StudyDesign.PARALLEL_RANDOMIZED, Masking.ASSESSOR_BLINDED, 18);
        study.getRegistrations().add(registration(Registry.CHICTR, "ChiCTR-DEMO-0001"));
        Site site = site("SH01", "Plastic surgery department (demo)", "CN");
        study.getSites().add(site);

        ConventionalFatGrafting afg = describe(F.createConventionalFatGrafting(), "face",
                "Coleman technique autologous fat grafting");
        SvfAssistedFatGrafting svfAfg = describe(F.createSvfAssistedFatGrafting(), "face",
                "Fat grafting with SVF mixed into the fat 1:1 by volume");
        svfAfg.setSvfRatioPart(1);
        svfAfg.setFatRatioPart(1);
        AdscAssistedFatGrafting adscAfg = describe(F.createAdscAssistedFatGrafting(), "face",
                "Fat grafting with culture-expanded ADSCs added to the fat");
        adscAfg.setCellsPerMlFat(5.0e5);
        Arm armAfg = arm("AFG", "Conventional AFG", 1, afg);
        Arm armSvf = arm("SVF-AFG", "SVF-assisted AFG", 1, svfAfg);
        Arm armAdsc = arm("ADSC-AFG", "ADSC-assisted AFG", 1, adscAfg);
        study.getArms().addAll(java.util.List.of(armAfg, armSvf, armAdsc));

        VisitDefinition scr = visit("SCR", "Screening", -28, 14, 0, "loscat");
        VisitDefinition d0 = visit("D0", "Surgery", 0, 0, 0, "mri-fat-volume", "clinical-photo");
        VisitDefinition m3 = visit("M3", "3 months", 91, 14, 14, "clinical-photo", "adverse-events");
        VisitDefinition m6 = visit("M6", "6 months", 182, 14, 14, "mri-fat-volume", "clinical-photo", "loscat",
                "adverse-events");
        study.getVisitSchedule().addAll(java.util.List.of(scr, d0, m3, m6));
        study.getEligibilityCriteria().add(diagnosis("I1", "Localized scleroderma with facial atrophy",
                Diagnosis.LOCALIZED_SCLERODERMA, "loscat"));
        study.getOutcomeMeasures().add(outcome("P1", "Fat volume retention at 6 months", OutcomeKind.PRIMARY,
                "mri-fat-volume", "retentionPercent", m6, "anova-tukey-hsd"));
        study.getOutcomeMeasures().add(outcome("S1", "Adverse events", OutcomeKind.SAFETY, "adverse-events", null,
                m6, null));

        CellProduct svf = F.createCellProduct();
        svf.setLot("SVF-2024-017");
        svf.setType(CellProductType.SVF);
        svf.setTotalCellCount(2.4e7);
        svf.setViabilityPercent(87.5);
        svf.setVolumeMl(10);
        CellProduct adsc = F.createCellProduct();
        adsc.setLot("ADSC-2024-009");
        adsc.setType(CellProductType.ADSC);
        adsc.setTotalCellCount(1.0e7);
        adsc.setViabilityPercent(93);
        adsc.setPassageNumber(3);
        adsc.setPopulationDoublings(8.5);
        adsc.setDoublingTimeHours(41);
        study.getCellProducts().addAll(java.util.List.of(svf, adsc));

        study.getSubjects().add(treated("S01", "LF-001", site, armAfg, afg, null, scr, d0, m6, 22.0));
        Subject s2 = treated("S02", "LF-002", site, armSvf, svfAfg, svf, scr, d0, m6, 21.5);
        svf.setDonor(s2);
        study.getSubjects().add(s2);
        Subject s3 = treated("S03", "LF-003", site, armAdsc, adscAfg, adsc, scr, d0, m6, 20.0);
        adsc.setDonor(s3);
        s3.getEvents().removeIf(e -> e.getState() == SubjectState.COMPLETED);
        s3.getEvents().add(event(SubjectState.LOST_TO_FOLLOW_UP, "2024-09-20", m6, "moved abroad, not reachable"));
        study.getSubjects().add(s3);
        return withIds(study);
    }

    private static Subject treated(String screeningId, String subjectId, Site site, Arm arm, Intervention intervention,
            CellProduct product, VisitDefinition scr, VisitDefinition d0, VisitDefinition m6, double injectedMl) {
        Subject s = subject(screeningId, subjectId, site, Sex.FEMALE, "1996-05-14", 20.8,
                Diagnosis.LOCALIZED_SCLERODERMA, "linear scleroderma en coup de sabre", 60);
        s.setInactiveMonths(14);
        s.getConsents().add(consent("2024-02-01", "1.0"));
        s.getEvents().add(event(SubjectState.SCREENED, "2024-02-01", scr, null));
        s.getEvents().add(event(SubjectState.ENROLLED, "2024-02-10", scr, null));
        s.getEvents().add(event(SubjectState.ALLOCATED, "2024-02-10", null, null));
        s.getEvents().add(event(SubjectState.TREATED, "2024-03-01", d0, null));
        s.getEvents().add(event(SubjectState.FOLLOWED_UP, "2024-08-30", m6, null));
        s.getEvents().add(event(SubjectState.COMPLETED, "2024-08-30", m6, null));
        s.setAllocatedArm(arm);

        Procedure p = F.createProcedure();
        p.setDate(date("2024-03-01"));
        p.setType(ProcedureType.FAT_GRAFTING);
        p.setIntervention(intervention);
        p.setVisit(d0);
        p.setSurgeon("Dr. Demo");
        p.setHarvestSite("abdomen");
        p.setLipoaspirateVolumeMl(120);
        p.getInjectionSites().add(injection("face", "left cheek", injectedMl / 2, 1));
        p.getInjectionSites().add(injection("face", "left temple", injectedMl / 2, 1));
        p.setCellProduct(product);
        s.getProcedures().add(p);

        Assessment mri = assessment(m6, "2024-08-30", "mri-fat-volume", 1, "Radiologist B", true);
        mri.setMethod("MRI, fat-selective sequence, Cavalieri (slice spacing x sum of areas)");
        mri.getItemValues().add(item("injectedVolumeMl", Double.toString(injectedMl)));
        mri.getItemValues().add(item("sliceSpacingMm", "3.0"));
        mri.getScoreValues().add(score("graftVolumeMl", injectedMl * 0.52, "mL"));
        mri.getScoreValues().add(score("retentionPercent", 52.0, "%"));
        s.getAssessments().add(mri);

        s.getAdverseEvents().add(adverseEvent("Bruising at donor site", "2024-03-02", "2024-03-16", 1,
                Relatedness.PROBABLE, AdverseEventOutcome.RECOVERED, p));
        s.getImages().add(image(ImageKind.MRI_SERIES, m6, "2024-08-30", "LOS-FACE-AFG/" + subjectId + "/M6/mri",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        s.getImages().add(image(ImageKind.CLINICAL_PHOTO, d0, "2024-03-01",
                "LOS-FACE-AFG/" + subjectId + "/D0/front.jpg",
                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"));
        return s;
    }
}
