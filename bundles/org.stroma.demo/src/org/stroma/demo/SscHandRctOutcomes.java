package org.stroma.demo;

import org.stroma.study.forms.AssessmentForms;

import java.time.LocalDate;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemValues;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Subject;

/**
 * The six SSC-HAND-RCT outcomes of one subject at baseline and 6 months. The grafted hand heals
 * more ulcers and warms up more than with standard care alone; the effects are the demo's, sized
 * so a two-group comparison of 10 per arm has something to find.
 */
final class SscHandRctOutcomes {

    /** The site that reads pain lines with a cm ruler. */
    private static final String CM_SITE = "IT02";

    private final DemoInstruments instruments;
    private final Chance chance;

    SscHandRctOutcomes(DemoInstruments instruments, Chance chance) {
        this.instruments = instruments;
        this.chance = chance;
    }

    void assess(Subject s, boolean grafted, LocalDate baseline, LocalDate month6, boolean shortDiary,
            SscHandRctDesign design) {
        Forms bl = new Forms(s, design, baseline, true);
        Forms m6 = new Forms(s, design, month6, false);

        int ulcers = (int) s.getNumericValues().get(0).getValue();
        int healed = 0;
        for (int i = 0; i < ulcers; i++) {
            healed += chance.chance(grafted ? 0.7 : 0.35) ? 1 : 0;
        }
        int fresh = chance.chance(grafted ? 0.2 : 0.35) ? chance.between(1, 2) : 0;
        bl.add(instruments.digitalUlcers(), HandForms.digitalUlcers(ulcers), "Rheumatologist");
        m6.add(instruments.digitalUlcers(), HandForms.digitalUlcers(ulcers - healed + fresh), "Rheumatologist");

        String unit = CM_SITE.equals(s.getSite().getCode()) ? PatientForms.CM : PatientForms.MM;
        double pain = chance.normal(55, 15, 15, 90, 0);
        bl.add(instruments.vasPain(), PatientForms.vasPain(pain, unit), "Patient");
        m6.add(instruments.vasPain(), PatientForms.vasPain(chance.normal(pain - (grafted ? 25 : 8), 12, 0, 100, 0),
                unit), "Patient");

        double raynaud = chance.uniform(4.5, 7.5, 1);
        bl.add(instruments.rcs(), PatientForms.rcs("0-100", raynaud, chance.between(0, 2), chance), "Patient");
        m6.add(instruments.rcs(), PatientForms.rcs("0-100", raynaud - (grafted ? 2.0 : 0.5),
                shortDiary ? 8 : chance.between(0, 3), chance), "Patient");

        double disability = chance.uniform(0.7, 1.8, 2);
        bl.add(instruments.haqDi(), PatientForms.haq(instruments.haqDi(), disability, 0.15, 0, chance), "Patient");
        m6.add(instruments.haqDi(), PatientForms.haq(instruments.haqDi(), disability - (grafted ? 0.3 : 0.05), 0.15,
                0, chance), "Patient");

        double refill = chance.normal(4.2, 1.0, 2.0, 8.0, 1);
        bl.add(instruments.capillaryRefill(), HandForms.capillaryRefill(refill), "Nurse")
                .setMethod("pressure on the pulp of D3 for 5 s, stopwatch");
        m6.add(instruments.capillaryRefill(), HandForms.capillaryRefill(
                chance.normal(refill - (grafted ? 1.2 : 0.2), 0.5, 1.0, 10.0, 1)), "Nurse")
                .setMethod("pressure on the pulp of D3 for 5 s, stopwatch");

        double temperature = chance.normal(27.5, 1.5, 22, 32, 1);
        String thermometer = "infrared thermometer, dorsum of D3, after 15 min at 22-24 °C";
        bl.add(instruments.skinTemperature(), HandForms.skinTemperature(temperature), "Nurse").setMethod(thermometer);
        m6.add(instruments.skinTemperature(), HandForms.skinTemperature(
                chance.normal(temperature + (grafted ? 1.5 : 0.3), 0.8, 15, 40, 1)), "Nurse").setMethod(thermometer);
    }

    /** The forms of one visit, open-label so no assessor is blinded. */
    private record Forms(Subject subject, SscHandRctDesign design, LocalDate day, boolean baseline) {

        Assessment add(Instrument instrument, ItemValues values, String assessor) {
            Assessment a = AssessmentForms.record(instrument, values, baseline ? design.baseline() : design.month6(), day,
                    assessor, false);
            subject.getAssessments().add(a);
            return a;
        }
    }
}
