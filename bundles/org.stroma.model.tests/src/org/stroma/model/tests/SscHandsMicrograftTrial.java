package org.stroma.model.tests;

import static org.stroma.demo.Make.*;
import static org.stroma.model.tests.Make.*;

import java.util.List;

import org.stroma.model.study.*;

/**
 * Design 4: two-arm open-label RCT in systemic sclerosis hands, 20 patients randomized 1:1: SVF mixed
 * with fat micrografts (about 40 mL fat with 2 mL SVF) injected into the most affected hand plus
 * standard care, versus standard care alone. Outcomes at 6 months. The source gives 0.5 mL on each
 * side of each finger joint and "larger volumes" at the thumb base, palm and dorsum without figures,
 * so only the former are planned sites here.
 */
final class SscHandsMicrograftTrial {

    private SscHandsMicrograftTrial() {
    }

    static Study build() {
        Study study = study("SSC-HANDS-MICROGRAFT", "SSc-Micro",
                "Fat micrografts with SVF plus standard care versus standard care alone for the hands in systemic sclerosis",
                StudyDesign.PARALLEL_RANDOMIZED, Masking.OPEN_LABEL, 20);
        study.getRegistrations().add(registration(Registry.CLINICALTRIALS_GOV, "NCT-DEMO-0004"));
        Site site = site("IT01", "Plastic surgery unit (demo)", "IT");
        study.getSites().add(site);

        FatMicrograftsWithSvf micrografts = describe(F.createFatMicrograftsWithSvf(), "most affected hand",
                "Fat micrografts mixed with autologous SVF; larger volumes also at the thumb base, palm and dorsum");
        micrografts.setFatVolumeMl(40);
        micrografts.setSvfVolumeMl(2);
        // 14 finger joints (thumb MCP and IP, MCP, PIP and DIP of four fingers), both sides.
        micrografts.getPlannedInjectionSites().add(injection("most affected hand", "each side of each finger joint",
                0.5, 28));
        StandardCare care = describe(F.createStandardCare(), "both hands",
                "Vasodilators, analgesics and wound care for digital ulcers as per local practice");
        StandardCare careOnly = describe(F.createStandardCare(), "both hands",
                "Vasodilators, analgesics and wound care for digital ulcers as per local practice");
        Arm treated = arm("MG-SVF", "Fat micrografts with SVF + standard care", 1, micrografts, care);
        Arm control = arm("SOC", "Standard care", 1, careOnly);
        study.getArms().addAll(List.of(treated, control));

        String[] instruments = { "digital-ulcers", "vas-pain", "rcs", "hand-qol", "hand-volume", "capillary-refill",
                "skin-temperature", "adverse-events" };
        VisitDefinition bl = visit("BL", "Baseline", 0, 14, 0, instruments);
        VisitDefinition m3 = visit("M3", "3 months", 91, 14, 14, instruments);
        VisitDefinition m6 = visit("M6", "6 months", 182, 14, 14, instruments);
        study.getVisitSchedule().addAll(List.of(bl, m3, m6));
        study.getEligibilityCriteria().add(diagnosis("I1", "Systemic sclerosis with hand involvement",
                Diagnosis.SYSTEMIC_SCLEROSIS, null));
        study.getOutcomeMeasures().add(outcome("P1", "Digital ulcer healing at 6 months", OutcomeKind.PRIMARY,
                "digital-ulcers", "healedCount", m6, "two-group-comparison"));
        study.getOutcomeMeasures().add(outcome("S1", "Complications", OutcomeKind.SAFETY, "adverse-events", null, m6,
                null));

        Subject s = subject("S01", "MG-001", site, Sex.FEMALE, "1968-03-09", 21.7, Diagnosis.SYSTEMIC_SCLEROSIS,
                "diffuse cutaneous", 132);
        s.setDiseaseActive(true);
        s.getConsents().add(consent("2024-05-06", "1.0"));
        s.getEvents().add(event(SubjectState.SCREENED, "2024-05-06", bl, null));
        s.getEvents().add(event(SubjectState.ENROLLED, "2024-05-13", bl, null));
        s.getEvents().add(event(SubjectState.ALLOCATED, "2024-05-13", bl, null));
        s.getEvents().add(event(SubjectState.TREATED, "2024-05-20", bl, null));
        s.setAllocatedArm(treated);
        CellProduct product = F.createCellProduct();
        product.setLot("MG-IT-0001");
        product.setType(CellProductType.FAT_MICROGRAFTS);
        product.setDonor(s);
        product.setVolumeMl(42);
        study.getCellProducts().add(product);
        Procedure p = F.createProcedure();
        p.setDate(date("2024-05-20"));
        p.setType(ProcedureType.FAT_GRAFTING);
        p.setIntervention(micrografts);
        p.setVisit(bl);
        p.setHarvestSite("abdomen");
        p.setLipoaspirateVolumeMl(80);
        p.setCellProduct(product);
        p.getInjectionSites().add(injection("right hand", "each side of each finger joint", 0.5, 28));
        p.getInjectionSites().add(injection("right hand", "thumb base", 2.0, 1));
        s.getProcedures().add(p);

        Assessment ulcers = assessment(m6, "2024-11-18", "digital-ulcers", 1, "Dermatologist D", false);
        ulcers.getItemValues().add(item("countAtBaseline", "3"));
        ulcers.getItemValues().add(item("countNow", "1"));
        ulcers.getScoreValues().add(score("healedCount", 2, null));
        s.getAssessments().add(ulcers);
        Assessment temperature = assessment(m6, "2024-11-18", "skin-temperature", 1, "Nurse E", false);
        temperature.setMethod("infrared thermometer, dorsum of D3");
        temperature.getScoreValues().add(score("temperature", 30.8, "Cel"));
        s.getAssessments().add(temperature);
        s.getAdverseEvents().add(adverseEvent("Hand swelling", "2024-05-21", null, 2, Relatedness.DEFINITE,
                AdverseEventOutcome.RECOVERING, p));
        study.getSubjects().add(s);
        return withIds(study);
    }
}
