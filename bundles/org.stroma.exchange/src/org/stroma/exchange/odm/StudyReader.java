package org.stroma.exchange.odm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.StudyPackage.Literals;
import org.stroma.model.study.VisitDefinition;

/**
 * Builds a study back from a validated ODM file written by {@link OdmExport}: the design from the
 * Stroma extension, sites from the Locations, visits from the StudyEventDefs, then the subjects
 * and the audit trail. Any inconsistency is refused at the element where it is found.
 */
final class StudyReader {

    private final XmlElement odm;
    private final InstrumentRegistry instruments;
    private final References references = new References();
    private final DesignReader design = new DesignReader(references);

    StudyReader(XmlElement odm, InstrumentRegistry instruments) {
        this.odm = odm;
        this.instruments = instruments;
    }

    ImportedStudy read() {
        XmlElement studyElement = single(odm, "Study");
        String studyId = studyElement.attribute("OID");
        Study study = StudyFactory.eINSTANCE.createStudy();
        references.declare(study, studyId, studyElement);
        XmlElement mdv = single(studyElement, "MetaDataVersion");
        XmlElement designElement = mdv.stromaChild(DesignExtension.DESIGN);
        if (designElement == null) {
            throw mdv.problem("the metadata has no stroma:StudyDesign, so the file holds no Stroma study design;"
                    + " only files exported by Stroma Workbench can be imported");
        }
        design.attributes(designElement, study, null, DesignExtension.IN_ODM);
        design.children(designElement, study, DesignExtension.IN_ODM);
        XmlElement admin = forStudy(odm.children("AdminData"), studyId, false);
        sites(admin, study);
        visits(mdv, study);

        String mdvOid = mdv.attribute("OID");
        SubjectReader subjects = new SubjectReader(study, references, design, new ItemRules(mdv), units(studyElement),
                instruments);
        XmlElement reference = forStudy(odm.children("ReferenceData"), studyId, true);
        if (reference != null) {
            sameVersion(reference, mdvOid);
            subjects.cellProductsWithoutDonor(reference);
        }
        XmlElement clinical = forStudy(odm.children("ClinicalData"), studyId, true);
        if (clinical != null) {
            sameVersion(clinical, mdvOid);
            clinical.children("SubjectData").forEach(data -> study.getSubjects().add(subjects.read(data)));
        }
        references.finish();
        return new ImportedStudy(study, clinical == null ? List.of() : AuditReader.read(clinical, admin, studyId));
    }

    private void sites(XmlElement admin, Study study) {
        if (admin == null) {
            return;
        }
        for (XmlElement location : admin.children("Location")) {
            if (!"Site".equals(location.attribute("LocationType"))) {
                continue;
            }
            Site site = StudyFactory.eINSTANCE.createSite();
            references.declare(site, idAfter("LOC.", location), location);
            design.attributes(location, site, OdmNames.STROMA, Set.of(Literals.IDENTIFIED__ID));
            study.getSites().add(site);
        }
    }

    private void visits(XmlElement mdv, Study study) {
        for (XmlElement event : mdv.children("StudyEventDef")) {
            String oid = event.attribute("OID");
            if (!"Scheduled".equals(event.attribute("Type")) || oid.equals(OdmNames.SUBJECT_RECORDS_EVENT)) {
                continue;
            }
            VisitDefinition visit = StudyFactory.eINSTANCE.createVisitDefinition();
            references.declare(visit, idAfter("SE.", event), event);
            design.attributes(event, visit, OdmNames.STROMA, Set.of(Literals.IDENTIFIED__ID));
            for (XmlElement formRef : event.children("FormRef")) {
                String instrumentId = OdmNames.instrumentOfForm(formRef.attribute("FormOID"));
                if (instrumentId == null) {
                    throw formRef.problem("visit " + visit.getId() + " schedules form " + formRef.attribute("FormOID")
                            + ", which is not an instrument's form");
                }
                visit.getInstrumentIds().add(instrumentId);
            }
            study.getVisitSchedule().add(visit);
        }
    }

    private static Map<String, String> units(XmlElement studyElement) {
        Map<String, String> units = new HashMap<>();
        XmlElement basic = studyElement.child("BasicDefinitions");
        if (basic != null) {
            basic.children("MeasurementUnit").forEach(unit -> units.put(unit.attribute("OID"), unit.attribute("Name")));
        }
        return units;
    }

    private static XmlElement single(XmlElement parent, String name) {
        List<XmlElement> found = parent.children(name);
        if (found.size() != 1) {
            throw parent.problem("the file must hold exactly one " + name + " here, not " + found.size());
        }
        return found.get(0);
    }

    /** The one element of this kind about the study (the one without StudyOID too, when allowed). */
    private static XmlElement forStudy(List<XmlElement> elements, String studyId, boolean oidRequired) {
        List<XmlElement> mine = elements.stream().filter(e -> studyId.equals(e.attribute("StudyOID"))
                || !oidRequired && e.attribute("StudyOID") == null).toList();
        if (mine.size() > 1) {
            throw mine.get(1).problem("a second " + mine.get(1).name() + " for study " + studyId
                    + "; a Stroma file holds one");
        }
        return mine.isEmpty() ? null : mine.get(0);
    }

    private static void sameVersion(XmlElement data, String mdvOid) {
        if (!mdvOid.equals(data.attribute("MetaDataVersionOID"))) {
            throw data.problem("the data refer to metadata version " + data.attribute("MetaDataVersionOID")
                    + ", but the study defines " + mdvOid);
        }
    }

    private static String idAfter(String prefix, XmlElement element) {
        String id = OdmNames.idAfter(prefix, element.attribute("OID"));
        if (id == null) {
            throw element.problem("OID " + element.attribute("OID") + " does not start with " + prefix);
        }
        return id;
    }
}
