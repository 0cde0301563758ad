package org.stroma.study.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.NumberText;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.VisitDefinition;
import org.stroma.study.records.CalendarDays;

/**
 * One administration of an instrument as the workbench records it: the items as entered, and
 * the scores the instrument computes from exactly those stored items, never typed in.
 *
 * <p>Item values are held in the model as text: numbers plainly (2, not 2.0; 61.5), yes/no as
 * true/false, choices as they are. Reading is typed by the instrument's item definition, so
 * "3" is a number for mRSS and a choice nowhere.
 */
public final class AssessmentForms {

    private AssessmentForms() {
    }

    /**
     * A new assessment holding these values and their scores.
     *
     * @param assessor who filled the form
     * @throws org.stroma.instrument.api.ItemValidationException listing every problem when the
     *         values cannot be scored; nothing is built then
     */
    public static Assessment record(Instrument instrument, ItemValues values, VisitDefinition visit, LocalDate date,
            String assessor, boolean blinded) {
        Assessment a = StudyFactory.eINSTANCE.createAssessment();
        a.setVisit(visit);
        a.setDate(CalendarDays.date(date));
        a.setAssessor(assessor);
        a.setAssessorBlinded(blinded);
        update(a, instrument, values);
        return a;
    }

    /**
     * Replaces the items and scores of an assessment with these values, scored by the instrument.
     * Items and scores that keep their code keep their record (and id), so the audit trail shows
     * a changed value rather than a deletion and a creation.
     *
     * @throws org.stroma.instrument.api.ItemValidationException listing every problem; the
     *         assessment is left as it was
     */
    public static void update(Assessment assessment, Instrument instrument, ItemValues values) {
        Map<String, String> texts = new LinkedHashMap<>();
        values.asMap().forEach((code, value) -> texts.put(code, format(value)));
        // Score what will be stored, so a report that recomputes from the items finds the same scores.
        ItemValues stored = parse(instrument, texts);
        if (!stored.equals(values)) {
            throw new IllegalStateException(instrument.id() + " items do not survive being written as text: "
                    + values + " read back as " + stored);
        }
        Scores scores = instrument.score(stored);

        assessment.setInstrumentId(scores.instrumentId());
        assessment.setInstrumentVersion(scores.instrumentVersion());
        Map<String, ItemValue> oldItems = new LinkedHashMap<>();
        assessment.getItemValues().forEach(v -> oldItems.put(v.getCode(), v));
        assessment.getItemValues().clear();
        texts.forEach((code, text) -> {
            ItemValue item = oldItems.getOrDefault(code, StudyFactory.eINSTANCE.createItemValue());
            item.setCode(code);
            item.setValue(text);
            assessment.getItemValues().add(item);
        });
        Map<String, ScoreValue> oldScores = new LinkedHashMap<>();
        assessment.getScoreValues().forEach(v -> oldScores.put(v.getCode(), v));
        assessment.getScoreValues().clear();
        scores.values().forEach((code, value) -> {
            ScoreValue score = oldScores.getOrDefault(code, StudyFactory.eINSTANCE.createScoreValue());
            score.setCode(code);
            score.setValue(value);
            score.setUnit(unitOf(instrument, code));
            assessment.getScoreValues().add(score);
        });
    }

    /** The stored items of an assessment, typed by the instrument's items. */
    public static ItemValues values(Instrument instrument, Assessment assessment) {
        Map<String, String> texts = new LinkedHashMap<>();
        assessment.getItemValues().forEach(v -> texts.put(v.getCode(), v.getValue()));
        return parse(instrument, texts);
    }

    /** How a value is written into the model's text field. */
    public static String format(Object value) {
        if (value instanceof Double number) {
            return NumberText.of(number);
        }
        return String.valueOf(value);
    }

    private static ItemValues parse(Instrument instrument, Map<String, String> texts) {
        ItemValues.Builder values = ItemValues.builder();
        texts.forEach((code, text) -> {
            ItemDefinition item = instrument.item(code)
                    .orElseThrow(() -> new IllegalArgumentException(code + " is not an item of " + instrument.id()));
            switch (item.type()) {
                case INTEGER, DECIMAL -> values.put(code, Double.parseDouble(text));
                case BOOLEAN -> values.put(code, Boolean.parseBoolean(text));
                case CHOICE -> values.put(code, text);
            }
        });
        return values.build();
    }

    private static String unitOf(Instrument instrument, String scoreCode) {
        return instrument.scores().stream().filter(s -> s.code().equals(scoreCode)).map(ScoreDefinition::unit)
                .filter(unit -> !unit.isEmpty()).findFirst().orElse(null);
    }
}
