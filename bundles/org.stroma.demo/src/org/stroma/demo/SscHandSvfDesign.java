package org.stroma.demo;

import static org.stroma.demo.Make.*;

import java.util.List;

import org.stroma.instrument.api.Instrument;
import org.stroma.model.study.*;

/**
 * Design 3: single-arm study in SSc hands, 7 patients. Liposuction, SVF isolated and purified in
 * a closed device (15-20 min), injected subcutaneously into the fingers with a 25G needle; outcomes
 * at baseline and 12 weeks, analysed as paired change. The source gives no volume per finger;
 * the demo uses 4 x 0.25 mL per finger (2nd to 5th, both hands), the dose of a similar protocol.
 */
record SscHandSvfDesign(Study study, Site site, Arm arm, VisitDefinition baseline, VisitDefinition week12) {

    static final Population POPULATION = new Population(Diagnosis.SYSTEMIC_SCLEROSIS,
            List.of("limited cutaneous", "diffuse cutaneous"), 0.85, 35, 65, 24, 240);
    static final List<String> HANDS = List.of("right hand", "left hand");
    static final List<String> FINGERS = List.of("D2", "D3", "D4", "D5");
    static final double VOLUME_PER_INJECTION_ML = 0.25;
    static final int INJECTIONS_PER_FINGER = 4;

    static SscHandSvfDesign create(DemoInstruments instruments) {
        Study study = Make.study(DemoStudies.SSC_HAND_SVF, "SSc-HAND-SVF",
                "Subcutaneous injection of autologous SVF into the fingers in systemic sclerosis: "
                        + "a single-arm study",
                StudyDesign.SINGLE_ARM, Masking.OPEN_LABEL, 7);
        study.getRegistrations().add(registration(Registry.CLINICALTRIALS_GOV, "NCT-DEMO-0003"));
        Site site = Make.site("FR01", "Hand surgery unit (demo)", "FR");
        study.getSites().add(site);

        SvfFingerInjection injection = describe(F.createSvfFingerInjection(), "fingers of both hands",
                "Liposuction; SVF isolated and purified in a closed device (15-20 min); subcutaneous injection"
                        + " into the fingers");
        injection.setNeedleGauge(25);
        injection.setVolumePerSiteMl(VOLUME_PER_INJECTION_ML);
        for (String hand : HANDS) {
            for (String finger : FINGERS) {
                injection.getPlannedInjectionSites().add(fingerSite(hand, finger));
            }
        }
        Arm arm = Make.arm("SVF", "Autologous SVF into the fingers", injection);
        study.getArms().add(arm);

        String[] ids = collected(instruments).stream().map(Instrument::id).toArray(String[]::new);
        VisitDefinition bl = visit("BL", "Baseline", 0, 14, 0, ids);
        VisitDefinition w12 = visit("W12", "12 weeks", 84, 7, 7, ids);
        study.getVisitSchedule().addAll(List.of(bl, w12));

        study.getEligibilityCriteria().addAll(List.of(
                diagnosis("I1", "Systemic sclerosis with hand involvement", Diagnosis.SYSTEMIC_SCLEROSIS, null,
                        POPULATION.subtypes().toArray(String[]::new)),
                range("I2", "Age 18 to 70 years", "ageYears", 18.0, true, 70.0, true),
                flag("I3", "No infection of the hands", "handInfection", false),
                range("I4", "BMI >= 18, enough fat to harvest", "bmi", 18.0, true, null, true),
                flag("I5", "Informed consent signed", "consentSigned", true)));
        String paired = "paired-change-from-baseline";
        study.getOutcomeMeasures().addAll(List.of(
                outcome("P1", "Change in hand mRSS", OutcomeKind.PRIMARY, instruments.mrss().id(), "hand", w12, paired),
                outcome("S1", "Change in total mRSS", OutcomeKind.SECONDARY, instruments.mrss().id(), "total", w12,
                        paired),
                outcome("S2", "Change in Raynaud's Condition Score", OutcomeKind.SECONDARY, instruments.rcs().id(),
                        "mean0to10", w12, paired),
                outcome("S3", "Change in hand pain", OutcomeKind.SECONDARY, instruments.vasPain().id(), "painMm",
                        w12, paired),
                outcome("S4", "Change in Kapandji score, right hand", OutcomeKind.SECONDARY,
                        instruments.kapandji().id(), "rightHand", w12, paired),
                outcome("S5", "Change in Cochin Hand Function Scale", OutcomeKind.SECONDARY,
                        instruments.cochin().id(), "total", w12, paired),
                outcome("S6", "Change in SSc-HAQ disability index", OutcomeKind.SECONDARY, instruments.sscHaq().id(),
                        "haqDi", w12, paired),
                outcome("S7", "Change in finger circumference, right hand", OutcomeKind.SECONDARY,
                        instruments.fingerCircumference().id(), "rightHandMean", w12, paired),
                outcome("H1", "Adverse events", OutcomeKind.SAFETY, null, null, w12, null)));
        return new SscHandSvfDesign(study, site, arm, bl, w12);
    }

    /** Collected at both visits; nailfold capillaroscopy has no instrument yet and is left out. */
    static List<Instrument> collected(DemoInstruments i) {
        return List.of(i.mrss(), i.rcs(), i.vasPain(), i.kapandji(), i.cochin(), i.sscHaq(), i.fingerCircumference());
    }

    static InjectionSite fingerSite(String hand, String finger) {
        return injection(hand, finger, VOLUME_PER_INJECTION_ML, INJECTIONS_PER_FINGER);
    }
}
