package org.stroma.instruments.tests;

import java.util.List;

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

/** One fresh instance of each built-in instrument. */
final class BuiltInInstruments {

    private BuiltInInstruments() {
    }

    static List<Instrument> all() {
        return List.of(new ModifiedRodnanSkinScore(), new LocalizedSclerodermaAssessmentTool(),
                new CochinHandFunctionScale(), new KapandjiScore(), new HealthAssessmentQuestionnaireDisabilityIndex(),
                new SystemicSclerosisHaq(), new RaynaudsConditionScore(), new VasPain(), new FingerCircumference(),
                new DigitalUlcerCount(), new CapillaryRefillTime(), new SkinTemperature(), new FatVolumeRetention());
    }
}
