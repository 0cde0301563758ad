package org.stroma.exchange.odm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;

/**
 * The ODM form of one instrument: its items (typed, with the instrument's range or choices)
 * and its computed scores, as the installed instrument defines them. Codes found in the data
 * that the instrument does not define, or every code of an instrument that is not installed,
 * are added as plain items so that nothing in the study is left out.
 */
record InstrumentForm(String instrumentId, String name, String description, List<OdmItem> items,
        List<OdmItem> scores) {

    /** The forms of every instrument the study schedules or holds assessments of, in that order. */
    static List<InstrumentForm> of(Study study, InstrumentRegistry registry) {
        Set<String> ids = new LinkedHashSet<>();
        for (VisitDefinition visit : study.getVisitSchedule()) {
            ids.addAll(visit.getInstrumentIds());
        }
        for (Subject subject : study.getSubjects()) {
            for (Assessment assessment : subject.getAssessments()) {
                if (assessment.getInstrumentId() == null) {
                    throw new IllegalArgumentException("assessment " + assessment.getId() + " of subject "
                            + subject.getId() + " names no instrument");
                }
                ids.add(assessment.getInstrumentId());
            }
        }
        List<InstrumentForm> forms = new ArrayList<>();
        for (String id : ids) {
            forms.add(of(id, registry.instrument(id), study));
        }
        return forms;
    }

    private static InstrumentForm of(String id, Optional<Instrument> installed, Study study) {
        Map<String, OdmItem> items = new LinkedHashMap<>();
        Map<String, OdmItem> scores = new LinkedHashMap<>();
        Map<String, Set<String>> scoreUnits = scoreUnitsInData(id, study);
        installed.ifPresent(instrument -> {
            for (ItemDefinition item : instrument.items()) {
                items.put(item.code(), item(id, item));
            }
            for (ScoreDefinition score : instrument.scores()) {
                Set<String> units = new LinkedHashSet<>();
                if (!score.unit().isEmpty()) {
                    units.add(score.unit());
                }
                units.addAll(scoreUnits.getOrDefault(score.code(), Set.of()));
                String min = Double.isFinite(score.min()) ? ValueText.number(score.min()) : null;
                scores.put(score.code(), score(id, score.code(), score.label(), units, min,
                        score.hasUpperBound() ? ValueText.number(score.max()) : null,
                        "computed by " + instrument.shortName() + " version " + instrument.version()));
            }
        });
        for (Subject subject : study.getSubjects()) {
            for (Assessment assessment : subject.getAssessments()) {
                if (!id.equals(assessment.getInstrumentId())) {
                    continue;
                }
                for (ItemValue value : assessment.getItemValues()) {
                    items.computeIfAbsent(value.getCode(), code -> new OdmItem(OdmNames.instrumentItem(id, code), code,
                            "text", null, null, null, null, List.of(), null, null, null, Map.of(), false));
                }
                for (ScoreValue value : assessment.getScoreValues()) {
                    scores.computeIfAbsent(value.getCode(), code -> score(id, code, null,
                            scoreUnits.getOrDefault(code, Set.of()), null, null, null));
                }
            }
        }
        String name = installed.map(Instrument::name).orElse(id);
        String description = installed.map(Instrument::description).orElse(null);
        return new InstrumentForm(id, name, description, List.copyOf(items.values()), List.copyOf(scores.values()));
    }

    private static OdmItem item(String instrumentId, ItemDefinition item) {
        String dataType = switch (item.type()) {
            case INTEGER -> "integer";
            case DECIMAL -> "float";
            case BOOLEAN -> "boolean";
            case CHOICE -> "text";
        };
        Map<String, String> codes = new LinkedHashMap<>();
        item.choices().forEach(choice -> codes.put(choice, choice));
        String min = item.isNumeric() ? ValueText.number(item.min()) : null;
        String max = item.isNumeric() ? ValueText.number(item.max()) : null;
        return new OdmItem(OdmNames.instrumentItem(instrumentId, item.code()), item.code(), dataType,
                item.group().isEmpty() ? null : item.group(), item.label(), null, null,
                item.unit().isEmpty() ? List.of() : List.of(item.unit()), min, max,
                codes.isEmpty() ? null : OdmNames.choiceList(instrumentId, item.code()), codes, item.required());
    }

    private static OdmItem score(String instrumentId, String code, String label, Set<String> units, String min,
            String max, String comment) {
        return new OdmItem(OdmNames.instrumentScore(instrumentId, code), code, "float", null, label, "Derived", comment,
                List.copyOf(units), min, max, null, Map.of(), false);
    }

    private static Map<String, Set<String>> scoreUnitsInData(String instrumentId, Study study) {
        Map<String, Set<String>> units = new LinkedHashMap<>();
        for (Subject subject : study.getSubjects()) {
            for (Assessment assessment : subject.getAssessments()) {
                if (instrumentId.equals(assessment.getInstrumentId())) {
                    for (ScoreValue score : assessment.getScoreValues()) {
                        if (score.getUnit() != null) {
                            units.computeIfAbsent(score.getCode(), code -> new LinkedHashSet<>()).add(score.getUnit());
                        }
                    }
                }
            }
        }
        return units;
    }
}
