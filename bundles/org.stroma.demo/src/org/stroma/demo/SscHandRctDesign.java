package org.stroma.demo;

import static org.stroma.demo.Make.*;

import java.util.ArrayList;
import java.util.List;

import org.stroma.instrument.api.Instrument;
import org.stroma.model.study.*;

/**
 * Design 4: two-arm open-label RCT in SSc hands, 20 patients 1:1: fat micrografts mixed with SVF
 * (40 mL fat with 2 mL SVF) injected into the most affected hand plus standard care, versus
 * standard care alone; outcomes at 6 months. The protocol's 0.5 mL on each side of each finger
 * joint is from the source; the "larger volumes" at thumb base, palm and dorsum have no figures
 * there, so 2, 3 and 3 mL are the demo's choice.
 */
record SscHandRctDesign(Study study, List<Site> sites, Arm micrografts, Arm standardCare, VisitDefinition baseline,
        VisitDefinition month6) {

    static final Population POPULATION = SscHandSvfDesign.POPULATION;
    static final List<String> JOINTS = List.of("D1 MCP", "D1 IP", "D2 MCP", "D2 PIP", "D2 DIP", "D3 MCP", "D3 PIP",
            "D3 DIP", "D4 MCP", "D4 PIP", "D4 DIP", "D5 MCP", "D5 PIP", "D5 DIP");

    static SscHandRctDesign create(DemoInstruments instruments) {
        Study study = Make.study(DemoStudies.SSC_HAND_RCT, "SSc-HAND-RCT",
                "Adipose-derived SVF with fat micrografts plus standard care versus standard care alone "
                        + "for the hands in systemic sclerosis: an open-label randomized trial",
                StudyDesign.PARALLEL_RANDOMIZED, Masking.OPEN_LABEL, 20);
        study.getRegistrations().add(registration(Registry.CLINICALTRIALS_GOV, "NCT-DEMO-0004"));
        List<Site> sites = List.of(Make.site("IT01", "Plastic surgery unit (demo)", "IT"),
                Make.site("IT02", "Rheumatology unit, scleroderma clinic (demo)", "IT"));
        study.getSites().addAll(sites);

        FatMicrograftsWithSvf mg = describe(F.createFatMicrograftsWithSvf(), "most affected hand",
                "Fat micrografts mixed with autologous SVF, injected at fixed volumes per site");
        mg.setFatVolumeMl(40);
        mg.setSvfVolumeMl(2);
        mg.getPlannedInjectionSites().addAll(handSites("most affected hand"));
        String care = "Vasodilators, analgesics and wound care for digital ulcers as per local practice";
        Arm treated = Make.arm("MG-SVF", "Fat micrografts with SVF + standard care", mg,
                describe(F.createStandardCare(), "both hands", care));
        Arm control = Make.arm("SOC", "Standard care", describe(F.createStandardCare(), "both hands", care));
        study.getArms().addAll(List.of(treated, control));

        String[] ids = collected(instruments).stream().map(Instrument::id).toArray(String[]::new);
        VisitDefinition bl = visit("BL", "Baseline", 0, 14, 0, ids);
        VisitDefinition m6 = visit("M6", "6 months", 182, 14, 14, ids);
        study.getVisitSchedule().addAll(List.of(bl, m6));

        study.getEligibilityCriteria().addAll(List.of(
                diagnosis("I1", "Systemic sclerosis with hand involvement", Diagnosis.SYSTEMIC_SCLEROSIS, null,
                        POPULATION.subtypes().toArray(String[]::new)),
                range("I2", "Age 18 to 70 years", "ageYears", 18.0, true, 70.0, true),
                range("I3", "At least one digital ulcer at screening", "digitalUlcersAtScreening", 1.0, true, null,
                        true),
                range("I4", "BMI >= 18, enough fat to harvest", "bmi", 18.0, true, null, true),
                flag("I5", "Informed consent signed", "consentSigned", true)));
        String compare = "two-group-comparison";
        study.getOutcomeMeasures().addAll(List.of(
                outcome("P1", "Digital ulcer count at 6 months", OutcomeKind.PRIMARY, instruments.digitalUlcers().id(),
                        "count", m6, compare),
                outcome("S1", "Hand pain at 6 months", OutcomeKind.SECONDARY, instruments.vasPain().id(), "painMm", m6,
                        compare),
                outcome("S2", "Raynaud's Condition Score at 6 months", OutcomeKind.SECONDARY, instruments.rcs().id(),
                        "mean0to10", m6, compare),
                outcome("S3", "HAQ-DI at 6 months", OutcomeKind.SECONDARY, instruments.haqDi().id(), "haqDi", m6,
                        compare),
                outcome("S4", "Capillary refill time at 6 months", OutcomeKind.SECONDARY,
                        instruments.capillaryRefill().id(), "refillTime", m6, compare),
                outcome("S5", "Skin temperature at 6 months", OutcomeKind.SECONDARY,
                        instruments.skinTemperature().id(), "temperature", m6, compare),
                outcome("H1", "Complications", OutcomeKind.SAFETY, null, null, m6, null)));
        return new SscHandRctDesign(study, sites, treated, control, bl, m6);
    }

    /** Hand volume has no instrument yet and is left out. */
    static List<Instrument> collected(DemoInstruments i) {
        return List.of(i.digitalUlcers(), i.vasPain(), i.rcs(), i.haqDi(), i.capillaryRefill(), i.skinTemperature());
    }

    /** 0.5 mL on each side of each of the 14 finger joints, then thumb base, palm and dorsum. */
    static List<InjectionSite> handSites(String hand) {
        List<InjectionSite> sites = new ArrayList<>();
        for (String joint : JOINTS) {
            sites.add(injection(hand, joint + ", each side", 0.5, 2));
        }
        sites.add(injection(hand, "thumb base", 2.0, 1));
        sites.add(injection(hand, "palm", 3.0, 1));
        sites.add(injection(hand, "dorsum", 3.0, 1));
        return sites;
    }

    List<Arm> arms() {
        return List.of(micrografts, standardCare);
    }
}
