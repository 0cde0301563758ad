package org.stroma.exchange.odm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.CellProduct;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage.Literals;
import org.stroma.model.study.Subject;

/**
 * Writes a subject's data: the subject-record event with one form per kind of record, then the
 * assessments, one study event per visit and one form per administration of an instrument.
 * Repeat keys are positions (1, 2, ...; {@code 2.1} for the first injection site of the second
 * procedure), and an assessment's FormRepeatKey is its position among the subject's
 * assessments, so every list reads back in the order it was kept.
 */
final class ClinicalDataWriter {

    private final XmlOut xml;
    private final Study study;

    ClinicalDataWriter(XmlOut xml, Study study) {
        this.xml = xml;
        this.study = study;
    }

    void subject(Subject subject) {
        xml.start("SubjectData").attribute("SubjectKey", RecordItems.idOf(subject));
        if (subject.getSite() != null) {
            xml.start("SiteRef").attribute("LocationOID", OdmNames.site(subject.getSite().getId())).end();
        }
        subjectRecords(subject);
        assessments(subject);
        if (subject.getAllocatedArm() != null) {
            xml.start(DesignExtension.qualified("ArmAllocation"))
                    .attribute("Arm", RecordItems.idOf(subject.getAllocatedArm())).end();
        }
        xml.end();
    }

    /** Cell products whose donor is not a subject of the study, as reference data. */
    void cellProductsWithoutDonor() {
        List<CellProduct> products = study.getCellProducts();
        if (products.stream().allMatch(p -> study.getSubjects().contains(p.getDonor()))) {
            return;
        }
        xml.start("ReferenceData").attribute("StudyOID", study.getId())
                .attribute("MetaDataVersionOID", OdmNames.metaDataVersion(study.getProtocolVersion()));
        for (int i = 0; i < products.size(); i++) {
            if (!study.getSubjects().contains(products.get(i).getDonor())) {
                record(products.get(i), OdmNames.listGroup(Literals.STUDY__CELL_PRODUCTS), String.valueOf(i + 1));
            }
        }
        xml.end();
    }

    private void subjectRecords(Subject subject) {
        xml.start("StudyEventData").attribute("StudyEventOID", OdmNames.SUBJECT_RECORDS_EVENT);
        xml.start("FormData").attribute("FormOID", OdmNames.SUBJECT_FORM);
        items(subject, OdmNames.recordGroup(subject.eClass()), null);
        lists(subject, null, false);
        xml.end();
        for (EReference list : RecordItems.recordLists(subject.eClass())) {
            if (isEmpty(subject, list)) {
                continue;
            }
            xml.start("FormData").attribute("FormOID", OdmNames.recordForm(list));
            records(subject, list, null);
            xml.end();
        }
        List<CellProduct> products = study.getCellProducts();
        if (products.stream().anyMatch(p -> p.getDonor() == subject)) {
            xml.start("FormData").attribute("FormOID", OdmNames.recordForm(Literals.STUDY__CELL_PRODUCTS));
            for (int i = 0; i < products.size(); i++) {
                if (products.get(i).getDonor() == subject) {
                    record(products.get(i), OdmNames.listGroup(Literals.STUDY__CELL_PRODUCTS), String.valueOf(i + 1));
                }
            }
            xml.end();
        }
        xml.end();
    }

    private void assessments(Subject subject) {
        Map<String, List<Integer>> byEvent = new LinkedHashMap<>();
        study.getVisitSchedule().forEach(visit -> byEvent.put(OdmNames.visitEvent(visit.getId()), new ArrayList<>()));
        List<Assessment> assessments = subject.getAssessments();
        for (int i = 0; i < assessments.size(); i++) {
            Assessment assessment = assessments.get(i);
            String event = assessment.getVisit() == null ? OdmNames.UNSCHEDULED_EVENT
                    : OdmNames.visitEvent(RecordItems.idOf(assessment.getVisit()));
            byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(i);
        }
        byEvent.forEach((event, positions) -> {
            if (positions.isEmpty()) {
                return;
            }
            xml.start("StudyEventData").attribute("StudyEventOID", event);
            for (int position : positions) {
                assessment(assessments.get(position), position + 1);
            }
            xml.end();
        });
    }

    private void assessment(Assessment assessment, int position) {
        String instrument = assessment.getInstrumentId();
        xml.start("FormData").attribute("FormOID", OdmNames.instrumentForm(instrument))
                .attribute("FormRepeatKey", String.valueOf(position));
        items(assessment, OdmNames.ASSESSMENT_GROUP, null);
        if (!assessment.getItemValues().isEmpty()) {
            xml.start("ItemGroupData").attribute("ItemGroupOID", OdmNames.instrumentItems(instrument));
            for (ItemValue item : assessment.getItemValues()) {
                xml.start("ItemData").attribute("ItemOID", OdmNames.instrumentItem(instrument, item.getCode()))
                        .attribute("IsNull", item.getValue() == null ? "Yes" : null)
                        .attribute("Value", item.getValue())
                        .attribute(DesignExtension.qualified("RecordID"), RecordItems.idOf(item)).end();
            }
            xml.end();
        }
        if (!assessment.getScoreValues().isEmpty()) {
            xml.start("ItemGroupData").attribute("ItemGroupOID", OdmNames.instrumentScores(instrument));
            for (ScoreValue score : assessment.getScoreValues()) {
                xml.start("ItemData").attribute("ItemOID", OdmNames.instrumentScore(instrument, score.getCode()))
                        .attribute("Value", ValueText.number(score.getValue()))
                        .attribute(DesignExtension.qualified("RecordID"), RecordItems.idOf(score));
                if (score.getUnit() != null) {
                    xml.start("MeasurementUnitRef").attribute("MeasurementUnitOID", OdmNames.unit(score.getUnit()))
                            .end();
                }
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    /** The records of one list of {@code owner}, each followed by its own lists. */
    private void records(EObject owner, EReference list, String ownerKey) {
        String group = OdmNames.listGroup(list);
        if (!list.isMany()) {
            EObject record = (EObject) owner.eGet(list);
            if (record != null) {
                record(record, group, ownerKey);
            }
            return;
        }
        List<?> records = (List<?>) owner.eGet(list);
        for (int i = 0; i < records.size(); i++) {
            record((EObject) records.get(i), group, key(ownerKey, i));
        }
    }

    private void record(EObject record, String group, String key) {
        EReference list = record.eContainmentFeature();
        if (list != null && record.eClass() != list.getEReferenceType()) {
            throw new IllegalArgumentException(record.eClass().getName() + " " + RecordItems.idOf(record)
                    + " is a kind of " + list.getEReferenceType().getName() + " that ODM export does not know");
        }
        items(record, group, key);
        lists(record, key, true);
    }

    private void items(EObject record, String group, String key) {
        xml.start("ItemGroupData").attribute("ItemGroupOID", group).attribute("ItemGroupRepeatKey", key);
        for (EStructuralFeature feature : RecordItems.items(record.eClass())) {
            Object value = RecordItems.valueToWrite(record, feature);
            if (value != null) {
                xml.start("ItemData").attribute("ItemOID", OdmNames.item(record.eClass(), feature))
                        .attribute("Value", ValueText.of(feature, value)).end();
            }
        }
        xml.end();
    }

    /** A record's many-valued fields, then, when {@code nested}, the records it contains. */
    private void lists(EObject record, String key, boolean nested) {
        for (EStructuralFeature values : RecordItems.valueLists(record.eClass())) {
            List<?> list = (List<?>) record.eGet(values);
            for (int i = 0; i < list.size(); i++) {
                xml.start("ItemGroupData").attribute("ItemGroupOID", OdmNames.listGroup(values))
                        .attribute("ItemGroupRepeatKey", key(key, i));
                xml.start("ItemData").attribute("ItemOID", OdmNames.item(values.getEContainingClass(), values))
                        .attribute("Value", ValueText.of(values, list.get(i))).end();
                xml.end();
            }
        }
        if (nested) {
            for (EReference list : RecordItems.recordLists(record.eClass())) {
                records(record, list, key);
            }
        }
    }

    private static boolean isEmpty(EObject owner, EReference list) {
        Object value = owner.eGet(list);
        return list.isMany() ? ((List<?>) value).isEmpty() : value == null;
    }

    /** {@code 3} for the third record of a top list, {@code 2.3} under the record keyed 2. */
    static String key(String ownerKey, int index) {
        return ownerKey == null ? String.valueOf(index + 1) : ownerKey + "." + (index + 1);
    }
}
