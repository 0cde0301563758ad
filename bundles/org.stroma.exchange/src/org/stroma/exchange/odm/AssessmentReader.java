package org.stroma.exchange.odm;

import java.util.Map;
import java.util.Optional;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemType;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.StudyPackage.Literals;
import org.stroma.model.study.Subject;

/**
 * Reads one instrument form of a subject back into an assessment: its own fields, the item
 * values as entered and the computed scores with their units. Each item value must satisfy the
 * file's ItemDef and, when the instrument is installed, the instrument's own item definition.
 */
final class AssessmentReader {

    private static final RecordForms.Group ASSESSMENT = new RecordForms.Group(OdmNames.ASSESSMENT_GROUP, "Assessment",
            Literals.ASSESSMENT, null, false);

    private final References references;
    private final ItemRules rules;
    private final Map<String, String> units;
    private final InstrumentRegistry instruments;
    private final SubjectReader subjects;

    AssessmentReader(References references, ItemRules rules, Map<String, String> units, InstrumentRegistry instruments,
            SubjectReader subjects) {
        this.references = references;
        this.rules = rules;
        this.units = units;
        this.instruments = instruments;
        this.subjects = subjects;
    }

    /** @param visitId the visit of the study event, null for an unscheduled assessment */
    void read(XmlElement formData, Subject subject, String visitId) {
        String formOid = formData.attribute("FormOID");
        String instrumentId = OdmNames.instrumentOfForm(formOid);
        if (instrumentId == null) {
            throw formData.problem("form " + formOid + " in a visit is not an instrument's form");
        }
        String context = "of subject " + subject.getId() + " in form " + formOid;
        Assessment assessment = StudyFactory.eINSTANCE.createAssessment();
        assessment.setInstrumentId(instrumentId);
        if (visitId != null) {
            references.refer(assessment, Literals.ASSESSMENT__VISIT, visitId, formData, 0);
        }
        Optional<Instrument> instrument = instruments.instrument(instrumentId);
        boolean own = false;
        for (XmlElement groupData : formData.children("ItemGroupData")) {
            String group = groupData.attribute("ItemGroupOID");
            if (group.equals(OdmNames.ASSESSMENT_GROUP)) {
                subjects.items(groupData, assessment, ASSESSMENT, context);
                own = true;
            } else if (group.equals(OdmNames.instrumentItems(instrumentId))) {
                groupData.children("ItemData").forEach(item -> item(item, assessment, instrument, context));
            } else if (group.equals(OdmNames.instrumentScores(instrumentId))) {
                groupData.children("ItemData").forEach(score -> score(score, assessment, context));
            } else {
                throw groupData.problem("item group " + group + " is not part of form " + formOid);
            }
        }
        if (!own) {
            throw formData.problem("form " + formOid + " " + context + " has no " + OdmNames.ASSESSMENT_GROUP
                    + " group, so the assessment has no id");
        }
        references.place(subject, Literals.SUBJECT__ASSESSMENTS,
                References.position(formData.attribute("FormRepeatKey"), formData), assessment, formData);
    }

    private void item(XmlElement itemData, Assessment assessment, Optional<Instrument> instrument, String context) {
        String code = code(itemData, assessment.getInstrumentId(), false);
        String value = "Yes".equals(itemData.attribute("IsNull")) ? null : itemData.attribute("Value");
        rules.check(itemData, value, context);
        if (value != null && instrument.isPresent()) {
            instrument.get().item(code).ifPresent(definition -> {
                String problem = problem(definition, value);
                if (problem != null) {
                    throw itemData.problem("item " + itemData.attribute("ItemOID") + " " + context + ": "
                            + instrument.get().shortName() + " item \"" + code + "\": " + problem);
                }
            });
        }
        ItemValue item = StudyFactory.eINSTANCE.createItemValue();
        references.declare(item, itemData.stroma("RecordID"), itemData);
        item.setCode(code);
        item.setValue(value);
        assessment.getItemValues().add(item);
    }

    private void score(XmlElement itemData, Assessment assessment, String context) {
        String code = code(itemData, assessment.getInstrumentId(), true);
        String value = itemData.attribute("Value");
        if (value == null || "Yes".equals(itemData.attribute("IsNull"))) {
            throw itemData.problem("score " + itemData.attribute("ItemOID") + " " + context + " has no value");
        }
        rules.check(itemData, value, context);
        ScoreValue score = StudyFactory.eINSTANCE.createScoreValue();
        references.declare(score, itemData.stroma("RecordID"), itemData);
        score.setCode(code);
        score.setValue(ValueText.parseNumber(value));
        XmlElement unitRef = itemData.child("MeasurementUnitRef");
        if (unitRef != null) {
            String unit = units.get(unitRef.attribute("MeasurementUnitOID"));
            if (unit == null) {
                throw unitRef.problem("measurement unit " + unitRef.attribute("MeasurementUnitOID")
                        + " is not defined in the file's BasicDefinitions");
            }
            score.setUnit(unit);
        }
        assessment.getScoreValues().add(score);
    }

    private static String code(XmlElement itemData, String instrumentId, boolean score) {
        try {
            return OdmNames.codeOfItem(instrumentId, itemData.attribute("ItemOID"), score);
        } catch (IllegalArgumentException e) {
            throw itemData.problem(e.getMessage());
        }
    }

    /** What is wrong with a value for the installed instrument's item, or null. */
    private static String problem(ItemDefinition definition, String value) {
        try {
            return switch (definition.type()) {
                case INTEGER, DECIMAL -> {
                    double number = ValueText.parseNumber(value);
                    if (definition.type() == ItemType.INTEGER && number != Math.rint(number)) {
                        yield value + " is not a whole number";
                    }
                    yield number < definition.min() || number > definition.max()
                            ? value + " is outside " + definition.rangeText() : null;
                }
                case BOOLEAN -> {
                    ValueText.parseBoolean(value);
                    yield null;
                }
                case CHOICE -> definition.choices().contains(value) ? null
                        : "'" + value + "' is not one of " + String.join(", ", definition.choices());
            };
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
