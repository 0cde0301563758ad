package org.stroma.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.VisitDefinition;

/**
 * One administration of an instrument, recorded the way the workbench records it: the items as
 * entered and the scores the instrument computes from exactly those stored items, never typed in.
 */
final class Administration {

    private Administration() {
    }

    /**
     * @param assessor who filled the form: a role, since demo data names no real person
     * @throws org.stroma.instrument.api.ItemValidationException if a generator produced values
     *         the instrument refuses, which is a bug of the generator
     */
    static Assessment of(Instrument instrument, ItemValues values, VisitDefinition visit, LocalDate date,
            String assessor, boolean blinded) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.asMap().forEach((code, value) -> texts.put(code, ItemText.format(value)));
        // Score what will be stored, so a report that recomputes from the items finds the same scores.
        ItemValues stored = ItemText.parse(instrument, texts);
        if (!stored.equals(values)) {
            throw new IllegalStateException(instrument.id() + " items do not survive being written as text: "
                    + values + " read back as " + stored);
        }
        Scores scores = instrument.score(stored);

        Assessment a = Make.F.createAssessment();
        a.setVisit(visit);
        a.setDate(Make.date(date));
        a.setInstrumentId(scores.instrumentId());
        a.setInstrumentVersion(scores.instrumentVersion());
        a.setAssessor(assessor);
        a.setAssessorBlinded(blinded);
        texts.forEach((code, text) -> {
            ItemValue item = Make.F.createItemValue();
            item.setCode(code);
            item.setValue(text);
            a.getItemValues().add(item);
        });
        scores.values().forEach((code, value) -> {
            ScoreValue score = Make.F.createScoreValue();
            score.setCode(code);
            score.setValue(value);
            score.setUnit(unitOf(instrument, code));
            a.getScoreValues().add(score);
        });
        return a;
    }

    private static String unitOf(Instrument instrument, String scoreCode) {
        return instrument.scores().stream().filter(s -> s.code().equals(scoreCode)).map(ScoreDefinition::unit)
                .filter(unit -> !unit.isEmpty()).findFirst().orElse(null);
    }
}
