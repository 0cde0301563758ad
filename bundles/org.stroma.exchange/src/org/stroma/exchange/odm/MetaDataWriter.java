package org.stroma.exchange.odm;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage.Literals;
import org.stroma.model.study.VisitDefinition;

/**
 * Writes the ODM Study element: global variables, measurement units and the metadata version
 * (protocol, a StudyEventDef per visit plus the subject-record event, FormDefs, ItemGroupDefs,
 * typed ItemDefs with range checks and code lists) followed by the Stroma design extension.
 */
final class MetaDataWriter {

    private final XmlOut xml;
    private final Study study;
    private final List<InstrumentForm> instruments;
    private final boolean unscheduled;
    private final Map<String, OdmItem> items = new LinkedHashMap<>();

    MetaDataWriter(XmlOut xml, Study study, List<InstrumentForm> instruments, boolean unscheduled) {
        this.xml = xml;
        this.study = study;
        this.instruments = instruments;
        this.unscheduled = unscheduled;
    }

    void write() {
        xml.start("Study").attribute("OID", study.getId());
        xml.start("GlobalVariables");
        xml.element("StudyName", nonEmpty(study.getAcronym(), study.getId()));
        xml.element("StudyDescription", study.getTitle() == null ? "" : study.getTitle());
        xml.element("ProtocolName", nonEmpty(study.getAcronym(), study.getId()));
        xml.end();
        measurementUnits();
        xml.start("MetaDataVersion").attribute("OID", OdmNames.metaDataVersion(study.getProtocolVersion()))
                .attribute("Name", study.getProtocolVersion() == null ? "Study design"
                        : "Protocol version " + study.getProtocolVersion());
        protocol();
        visitEvents();
        subjectRecordsEvent();
        if (unscheduled) {
            unscheduledEvent();
        }
        formDefs();
        itemGroupDefs();
        itemDefs();
        codeLists();
        DesignExtension.write(xml, study);
        xml.end();
        xml.end();
    }

    private void measurementUnits() {
        Set<String> units = new LinkedHashSet<>();
        for (InstrumentForm form : instruments) {
            form.items().forEach(item -> units.addAll(item.units()));
            form.scores().forEach(score -> units.addAll(score.units()));
        }
        if (units.isEmpty()) {
            return;
        }
        xml.start("BasicDefinitions");
        for (String unit : units) {
            xml.start("MeasurementUnit").attribute("OID", OdmNames.unit(unit)).attribute("Name", unit);
            xml.start("Symbol");
            translated(unit);
            xml.end().end();
        }
        xml.end();
    }

    private void protocol() {
        xml.start("Protocol");
        int order = 1;
        for (VisitDefinition visit : study.getVisitSchedule()) {
            eventRef(OdmNames.visitEvent(visit.getId()), order++, true);
        }
        eventRef(OdmNames.SUBJECT_RECORDS_EVENT, order++, true);
        if (unscheduled) {
            eventRef(OdmNames.UNSCHEDULED_EVENT, order, false);
        }
        xml.end();
    }

    private void eventRef(String oid, int order, boolean mandatory) {
        xml.start("StudyEventRef").attribute("StudyEventOID", oid).attribute("OrderNumber", String.valueOf(order))
                .attribute("Mandatory", yesNo(mandatory)).end();
    }

    private void visitEvents() {
        for (VisitDefinition visit : study.getVisitSchedule()) {
            xml.start("StudyEventDef").attribute("OID", OdmNames.visitEvent(visit.getId()))
                    .attribute("Name", nonEmpty(visit.getName(), nonEmpty(visit.getCode(), visit.getId())))
                    .attribute("Repeating", "No").attribute("Type", "Scheduled");
            DesignExtension.attributes(xml, visit, Set.of(Literals.IDENTIFIED__ID), OdmNames.STROMA_PREFIX + ":");
            Set<String> seen = new HashSet<>();
            int order = 1;
            for (String instrumentId : visit.getInstrumentIds()) {
                if (!seen.add(instrumentId)) {
                    throw new IllegalArgumentException("visit " + visit.getId() + " lists instrument " + instrumentId
                            + " twice");
                }
                formRef(OdmNames.instrumentForm(instrumentId), order++, true);
            }
            xml.end();
        }
    }

    private void subjectRecordsEvent() {
        xml.start("StudyEventDef").attribute("OID", OdmNames.SUBJECT_RECORDS_EVENT).attribute("Name", "Subject records")
                .attribute("Repeating", "No").attribute("Type", "Common");
        description("What is recorded about a subject outside the visits' assessments: screening and demographics,"
                + " consent, the subject's path through the study, procedures, cell products, adverse events,"
                + " protocol deviations and images.");
        int order = 1;
        for (RecordForms.Form form : RecordForms.all()) {
            formRef(form.oid(), order, order == 1);
            order++;
        }
        xml.end();
    }

    private void unscheduledEvent() {
        xml.start("StudyEventDef").attribute("OID", OdmNames.UNSCHEDULED_EVENT).attribute("Name", "Unscheduled")
                .attribute("Repeating", "No").attribute("Type", "Unscheduled");
        description("Assessments recorded without a visit of the schedule.");
        int order = 1;
        for (InstrumentForm form : instruments) {
            formRef(OdmNames.instrumentForm(form.instrumentId()), order++, false);
        }
        xml.end();
    }

    private void formRef(String oid, int order, boolean mandatory) {
        xml.start("FormRef").attribute("FormOID", oid).attribute("OrderNumber", String.valueOf(order))
                .attribute("Mandatory", yesNo(mandatory)).end();
    }

    private void formDefs() {
        for (RecordForms.Form form : RecordForms.all()) {
            xml.start("FormDef").attribute("OID", form.oid()).attribute("Name", form.name())
                    .attribute("Repeating", "No");
            description(form.description());
            int order = 1;
            for (RecordForms.Group group : form.groups()) {
                groupRef(group.oid(), order, form.list() == null && order == 1);
                order++;
            }
            xml.end();
        }
        for (InstrumentForm form : instruments) {
            xml.start("FormDef").attribute("OID", OdmNames.instrumentForm(form.instrumentId()))
                    .attribute("Name", form.name()).attribute("Repeating", "Yes");
            description(form.description());
            groupRef(OdmNames.ASSESSMENT_GROUP, 1, true);
            groupRef(OdmNames.instrumentItems(form.instrumentId()), 2, true);
            groupRef(OdmNames.instrumentScores(form.instrumentId()), 3, false);
            xml.end();
        }
    }

    private void groupRef(String oid, int order, boolean mandatory) {
        xml.start("ItemGroupRef").attribute("ItemGroupOID", oid).attribute("OrderNumber", String.valueOf(order))
                .attribute("Mandatory", yesNo(mandatory)).end();
    }

    private void itemGroupDefs() {
        for (RecordForms.Form form : RecordForms.all()) {
            for (RecordForms.Group group : form.groups()) {
                recordGroup(group.oid(), group.name(), group.repeating(), group);
            }
        }
        if (!instruments.isEmpty()) {
            recordGroup(OdmNames.ASSESSMENT_GROUP, "Assessment", false, new RecordForms.Group(
                    OdmNames.ASSESSMENT_GROUP, "Assessment", Literals.ASSESSMENT, null, false));
        }
        for (InstrumentForm form : instruments) {
            instrumentGroup(OdmNames.instrumentItems(form.instrumentId()), form.name() + " items", form.items());
            instrumentGroup(OdmNames.instrumentScores(form.instrumentId()), form.name() + " scores", form.scores());
        }
    }

    private void recordGroup(String oid, String name, boolean repeating, RecordForms.Group group) {
        xml.start("ItemGroupDef").attribute("OID", oid).attribute("Name", name)
                .attribute("Repeating", yesNo(repeating));
        int order = 1;
        for (EStructuralFeature feature : group.items()) {
            OdmItem item = OdmItem.ofFeature(group.itemOid(feature), feature);
            items.putIfAbsent(item.oid(), item);
            itemRef(item.oid(), order++, item.mandatory());
        }
        xml.end();
    }

    private void instrumentGroup(String oid, String name, List<OdmItem> groupItems) {
        xml.start("ItemGroupDef").attribute("OID", oid).attribute("Name", name).attribute("Repeating", "No");
        int order = 1;
        for (OdmItem item : groupItems) {
            items.putIfAbsent(item.oid(), item);
            itemRef(item.oid(), order++, item.mandatory());
        }
        xml.end();
    }

    private void itemRef(String oid, int order, boolean mandatory) {
        xml.start("ItemRef").attribute("ItemOID", oid).attribute("OrderNumber", String.valueOf(order))
                .attribute("Mandatory", yesNo(mandatory)).end();
    }

    private void itemDefs() {
        for (OdmItem item : items.values()) {
            xml.start("ItemDef").attribute("OID", item.oid()).attribute("Name", item.name())
                    .attribute("DataType", item.dataType()).attribute("Origin", item.origin())
                    .attribute("Comment", item.comment());
            description(item.description());
            if (item.question() != null) {
                xml.start("Question");
                translated(item.question());
                xml.end();
            }
            for (String unit : item.units()) {
                xml.start("MeasurementUnitRef").attribute("MeasurementUnitOID", OdmNames.unit(unit)).end();
            }
            rangeCheck("GE", item.min(), "at least " + item.min());
            rangeCheck("LE", item.max(), "at most " + item.max());
            if (item.codeListOid() != null) {
                xml.start("CodeListRef").attribute("CodeListOID", item.codeListOid()).end();
            }
            xml.end();
        }
    }

    private void rangeCheck(String comparator, String bound, String message) {
        if (bound == null) {
            return;
        }
        xml.start("RangeCheck").attribute("Comparator", comparator).attribute("SoftHard", "Hard");
        xml.element("CheckValue", bound);
        xml.start("ErrorMessage");
        translated("must be " + message);
        xml.end();
        xml.end();
    }

    private void codeLists() {
        Set<String> written = new HashSet<>();
        for (OdmItem item : items.values()) {
            if (item.codeListOid() == null || !written.add(item.codeListOid())) {
                continue;
            }
            xml.start("CodeList").attribute("OID", item.codeListOid())
                    .attribute("Name", item.codeListOid().substring("CL.".length()).replaceFirst("^INSTRUMENT\\.", ""))
                    .attribute("DataType", "text");
            item.codes().forEach((code, decode) -> {
                xml.start("CodeListItem").attribute("CodedValue", code);
                xml.start("Decode");
                translated(decode);
                xml.end().end();
            });
            xml.end();
        }
    }

    private void description(String text) {
        if (text != null && !text.isBlank()) {
            xml.start("Description");
            translated(text);
            xml.end();
        }
    }

    private void translated(String text) {
        xml.start("TranslatedText").attribute("xml:lang", "en").text(text).end();
    }

    private static String yesNo(boolean yes) {
        return yes ? "Yes" : "No";
    }

    static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
