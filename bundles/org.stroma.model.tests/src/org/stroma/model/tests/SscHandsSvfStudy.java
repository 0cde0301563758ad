package org.stroma.model.tests;

import static org.stroma.demo.Make.*;
import static org.stroma.model.tests.Make.*;

import java.util.List;

import org.stroma.model.study.*;

/**
 * Design 3: single-arm study in systemic sclerosis hands, 7 patients. Liposuction, SVF isolated in
 * a closed device (15-20 min), injected subcutaneously into the fingers with a 25G needle. Outcomes
 * at baseline and 12 weeks, analysed as paired change from baseline. The volume per site is not
 * given in the source, so it stays unset.
 */
final class SscHandsSvfStudy {

    private SscHandsSvfStudy() {
    }

    static final String[] INSTRUMENTS = { "mrss", "rcs", "vas-pain-hands", "kapandji", "chfs", "ssc-haq",
            "nailfold-capillaroscopy", "finger-circumference" };

    static Study build() {
        Study study = study("SSC-HANDS-SVF", "SSc-SVF-7",
                "Autologous SVF injection into the fingers in systemic sclerosis: a single-arm study",
                StudyDesign.SINGLE_ARM, Masking.OPEN_LABEL, 7);
        study.getRegistrations().add(registration(Registry.OTHER, "DEMO-0003"));
        Site site = site("FR01", "Hand surgery unit (demo)", "FR");
        study.getSites().add(site);

        SvfFingerInjection injection = describe(F.createSvfFingerInjection(), "fingers of both hands",
                "Liposuction; SVF isolated and purified in a closed device (15-20 min); subcutaneous injection into the fingers");
        injection.setNeedleGauge(25);
        Arm svfArm = arm("SVF", "Autologous SVF", 1, injection);
        study.getArms().add(svfArm);

        VisitDefinition bl = visit("BL", "Baseline", 0, 14, 0, INSTRUMENTS);
        VisitDefinition w12 = visit("W12", "12 weeks", 84, 7, 7, INSTRUMENTS);
        study.getVisitSchedule().addAll(List.of(bl, w12));
        study.getEligibilityCriteria().add(diagnosis("I1", "Systemic sclerosis with hand involvement",
                Diagnosis.SYSTEMIC_SCLEROSIS, null, "limited cutaneous", "diffuse cutaneous"));
        study.getEligibilityCriteria().add(range("I2", "Age 18 or older", "ageYears", 18.0, true, null, true));
        study.getOutcomeMeasures().add(outcome("O1", "Change in hand mRSS", OutcomeKind.SECONDARY, "mrss",
                "handScore", w12, "paired-change-from-baseline"));
        study.getOutcomeMeasures().add(outcome("O2", "Change in Cochin Hand Function Scale", OutcomeKind.SECONDARY,
                "chfs", "total", w12, "paired-change-from-baseline"));

        Subject s = subject("S01", "SV-001", site, Sex.FEMALE, "1970-11-30", 22.9, Diagnosis.SYSTEMIC_SCLEROSIS,
                "limited cutaneous", 84);
        s.setDiseaseActive(true);
        s.getConsents().add(consent("2024-01-08", "2.1"));
        s.getEvents().add(event(SubjectState.SCREENED, "2024-01-08", bl, null));
        s.getEvents().add(event(SubjectState.ENROLLED, "2024-01-10", bl, null));
        s.getEvents().add(event(SubjectState.ALLOCATED, "2024-01-10", bl, "single arm"));
        s.getEvents().add(event(SubjectState.TREATED, "2024-01-15", bl, null));
        s.getEvents().add(event(SubjectState.FOLLOWED_UP, "2024-04-08", w12, null));
        s.getEvents().add(event(SubjectState.COMPLETED, "2024-04-08", w12, null));
        s.setAllocatedArm(svfArm);

        CellProduct svf = F.createCellProduct();
        svf.setLot("SVF-FR-0001");
        svf.setType(CellProductType.SVF);
        svf.setDonor(s);
        svf.setPreparedDate(date("2024-01-15"));
        svf.setProcessingMethod("closed-device enzymatic isolation and purification, 18 min");
        svf.setTotalCellCount(3.1e7);
        svf.setViabilityPercent(85);
        svf.setVolumeMl(5);
        study.getCellProducts().add(svf);
        Procedure p = F.createProcedure();
        p.setDate(date("2024-01-15"));
        p.setType(ProcedureType.CELL_INJECTION);
        p.setIntervention(injection);
        p.setVisit(bl);
        p.setHarvestSite("abdomen");
        p.setLipoaspirateVolumeMl(90);
        p.setCellProduct(svf);
        for (String hand : List.of("left hand", "right hand")) {
            for (String finger : List.of("D2", "D3", "D4", "D5")) {
                p.getInjectionSites().add(injection(hand, finger, 0.5, 1));
            }
        }
        s.getProcedures().add(p);

        s.getAssessments().add(mrss(bl, "2024-01-15", new int[] { 1, 1, 0, 3, 2, 2, 1, 0, 0, 0, 0, 3, 2, 2, 1, 0, 0 }));
        s.getAssessments().add(mrss(w12, "2024-04-08", new int[] { 1, 1, 0, 2, 2, 1, 1, 0, 0, 0, 0, 2, 1, 1, 1, 0, 0 }));
        Assessment rcs = assessment(w12, "2024-04-08", "rcs", 1, "patient diary", false);
        rcs.getScoreValues().add(score("meanDailyScore", 3.4, "0-10"));
        s.getAssessments().add(rcs);
        Assessment pain = assessment(w12, "2024-04-08", "vas-pain-hands", 1, "patient", false);
        pain.getItemValues().add(item("vas", "28"));
        pain.getScoreValues().add(score("pain", 28, "mm"));
        s.getAssessments().add(pain);
        Assessment haq = assessment(w12, "2024-04-08", "ssc-haq", 1, "patient", false);
        haq.getItemValues().add(item("aidsCounted", "true"));
        haq.getScoreValues().add(score("haqDi", 0.875, null));
        s.getAssessments().add(haq);
        Assessment circumference = assessment(w12, "2024-04-08", "finger-circumference", 1, "Nurse C", false);
        circumference.getItemValues().add(item("rightD2Mm", "61"));
        circumference.getItemValues().add(item("rightD3Mm", "63"));
        s.getAssessments().add(circumference);
        study.getSubjects().add(s);
        return withIds(study);
    }

    /** 17 mRSS sites in the instrument's order; total and hand sub-score as the instrument computes them. */
    private static Assessment mrss(VisitDefinition visit, String date, int[] sites) {
        String[] codes = { "face", "anteriorChest", "abdomen", "rightFingers", "leftFingers", "rightHandDorsum",
                "leftHandDorsum", "rightForearm", "leftForearm", "rightUpperArm", "leftUpperArm", "rightThigh",
                "leftThigh", "rightLowerLeg", "leftLowerLeg", "rightFoot", "leftFoot" };
        Assessment a = assessment(visit, date, "mrss", 1, "Rheumatologist A", false);
        int total = 0;
        for (int i = 0; i < codes.length; i++) {
            a.getItemValues().add(item(codes[i], Integer.toString(sites[i])));
            total += sites[i];
        }
        a.getScoreValues().add(score("total", total, null));
        a.getScoreValues().add(score("handScore", sites[3] + sites[4] + sites[5] + sites[6], null));
        return a;
    }
}
