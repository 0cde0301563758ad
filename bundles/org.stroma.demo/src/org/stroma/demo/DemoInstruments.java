package org.stroma.demo;

import org.stroma.instrument.api.Instrument;
import org.stroma.instruments.CapillaryRefillTime;
import org.stroma.instruments.CochinHandFunctionScale;
import org.stroma.instruments.DigitalUlcerCount;
import org.stroma.instruments.FatVolumeRetention;
import org.stroma.instruments.FingerCircumference;
import org.stroma.instruments.HealthAssessmentQuestionnaireDisabilityIndex;
import org.stroma.instruments.KapandjiScore;
import org.stroma.instruments.LocalizedSclerodermaAssessmentTool;
import org.stroma.instruments.ModifiedRodnanSkinScore;
import org.stroma.instruments.RaynaudsConditionScore;
import org.stroma.instruments.SkinTemperature;
import org.stroma.instruments.SystemicSclerosisHaq;
import org.stroma.instruments.VasPain;

/** The instruments the demo studies collect, scored as the product scores them. */
record DemoInstruments(Instrument mrss, Instrument loscat, Instrument cochin, Instrument kapandji, Instrument haqDi,
        Instrument sscHaq, Instrument rcs, Instrument vasPain, Instrument fingerCircumference,
        Instrument digitalUlcers, Instrument capillaryRefill, Instrument skinTemperature,
        Instrument fatVolumeRetention) {

    /** Fresh instances of the built-ins; they hold no state, so nothing is shared between calls. */
    static DemoInstruments builtIn() {
        return new DemoInstruments(new ModifiedRodnanSkinScore(), new LocalizedSclerodermaAssessmentTool(),
                new CochinHandFunctionScale(), new KapandjiScore(), new HealthAssessmentQuestionnaireDisabilityIndex(),
                new SystemicSclerosisHaq(), new RaynaudsConditionScore(), new VasPain(), new FingerCircumference(),
                new DigitalUlcerCount(), new CapillaryRefillTime(), new SkinTemperature(), new FatVolumeRetention());
    }
}
