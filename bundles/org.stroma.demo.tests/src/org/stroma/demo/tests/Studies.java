package org.stroma.demo.tests;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stroma.demo.DemoStudies;
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
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;

/** The demo studies of one seed, and small queries the tests share. */
final class Studies {

    /** The seed the tests use; -Ddemo.seed=N tries another, to check that no test leans on one draw. */
    static final long SEED = Long.getLong("demo.seed", 20240517L);

    /** Built once: the tests only read them. */
    static final List<Study> ALL = DemoStudies.create(SEED);

    /** The built-in instruments by id, as the test knows them, independent of the generator's list. */
    static final Map<String, Instrument> INSTRUMENTS = List.<Instrument>of(new ModifiedRodnanSkinScore(),
            new LocalizedSclerodermaAssessmentTool(), new CochinHandFunctionScale(), new KapandjiScore(),
            new HealthAssessmentQuestionnaireDisabilityIndex(), new SystemicSclerosisHaq(),
            new RaynaudsConditionScore(), new VasPain(), new FingerCircumference(), new DigitalUlcerCount(),
            new CapillaryRefillTime(), new SkinTemperature(), new FatVolumeRetention())
            .stream().collect(Collectors.toMap(Instrument::id, Function.identity()));

    private Studies() {
    }

    static Study study(String id) {
        return ALL.stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
    }

    static boolean reached(Subject s, SubjectState state) {
        return s.getEvents().stream().anyMatch(e -> e.getState() == state);
    }

    static List<Subject> enrolled(Study study) {
        return study.getSubjects().stream().filter(s -> reached(s, SubjectState.ENROLLED)).toList();
    }

    static List<Subject> excluded(Study study) {
        return study.getSubjects().stream().filter(s -> reached(s, SubjectState.EXCLUDED)).toList();
    }

    static List<Subject> completed(Study study) {
        return study.getSubjects().stream().filter(s -> reached(s, SubjectState.COMPLETED)).toList();
    }

    static SubjectEvent last(Subject s) {
        return s.getEvents().get(s.getEvents().size() - 1);
    }

    static List<SubjectState> path(Subject s) {
        return s.getEvents().stream().map(SubjectEvent::getState).toList();
    }
}
