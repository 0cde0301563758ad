package org.stroma.exchange.odm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.StudyPackage.Literals;
import org.stroma.model.study.Subject;

/**
 * Reads one SubjectData back into a subject: its site and arm, the subject-record forms (records
 * placed by their repeat keys, a record's own lists under {@code ownerKey.position}) and, through
 * {@link AssessmentReader}, its assessments.
 */
final class SubjectReader {

    private final Study study;
    private final References references;
    private final DesignReader fields;
    private final ItemRules rules;
    private final AssessmentReader assessments;

    SubjectReader(Study study, References references, DesignReader fields, ItemRules rules, Map<String, String> units,
            InstrumentRegistry instruments) {
        this.study = study;
        this.references = references;
        this.fields = fields;
        this.rules = rules;
        this.assessments = new AssessmentReader(references, rules, units, instruments, this);
    }

    Subject read(XmlElement subjectData) {
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        String key = subjectData.attribute("SubjectKey");
        references.declare(subject, key, subjectData);
        XmlElement siteRef = subjectData.child("SiteRef");
        if (siteRef != null) {
            String siteId = OdmNames.idAfter("LOC.", siteRef.attribute("LocationOID"));
            references.refer(subject, Literals.SUBJECT__SITE, siteId, siteRef, 0);
        }
        XmlElement allocation = subjectData.stromaChild("ArmAllocation");
        if (allocation != null) {
            references.refer(subject, Literals.SUBJECT__ALLOCATED_ARM, allocation.attribute("Arm"), allocation, 0);
        }
        for (XmlElement event : subjectData.children("StudyEventData")) {
            String eventOid = event.attribute("StudyEventOID");
            for (XmlElement form : event.children("FormData")) {
                if (eventOid.equals(OdmNames.SUBJECT_RECORDS_EVENT)) {
                    recordForm(form, subject);
                } else {
                    boolean unscheduled = eventOid.equals(OdmNames.UNSCHEDULED_EVENT);
                    String visitId = unscheduled ? null : OdmNames.idAfter("SE.", eventOid);
                    if (visitId == null && !unscheduled) {
                        throw event.problem("study event " + eventOid + " is not a visit of the study");
                    }
                    assessments.read(form, subject, visitId);
                }
            }
        }
        return subject;
    }

    /** Cell products whose donor is not a subject of the study. */
    void cellProductsWithoutDonor(XmlElement referenceData) {
        RecordForms.Form form = RecordForms.formOf(Literals.STUDY__CELL_PRODUCTS);
        groups(referenceData, form, null, "in the reference data");
    }

    private void recordForm(XmlElement formData, Subject subject) {
        RecordForms.Form form = RecordForms.form(formData.attribute("FormOID"));
        if (form == null) {
            throw formData.problem("form " + formData.attribute("FormOID") + " is not one of the subject-record forms");
        }
        groups(formData, form, subject, "of subject " + subject.getId() + " in form " + form.oid());
    }

    private void groups(XmlElement container, RecordForms.Form form, Subject subject, String context) {
        Map<String, EObject> keyed = new HashMap<>();
        for (XmlElement groupData : container.children("ItemGroupData")) {
            String oid = groupData.attribute("ItemGroupOID");
            RecordForms.Group group = form.groups().stream().filter(g -> g.oid().equals(oid)).findFirst()
                    .orElseThrow(() -> groupData.problem("item group " + oid + " is not part of form " + form.oid()));
            String key = groupData.attribute("ItemGroupRepeatKey");
            if (group.list() == null) {
                items(groupData, subject, group, context);
                continue;
            }
            EObject owner = owner(group, key, keyed, subject, groupData);
            if (group.holdsValues()) {
                values(groupData, owner, group, key, context);
                continue;
            }
            EObject record = EcoreUtil.create(group.recordClass());
            items(groupData, record, group, context);
            keyed.put(group.recordClass().getName() + "|" + key, record);
            group.recordClass().getEAllSuperTypes().forEach(type -> keyed.put(type.getName() + "|" + key, record));
            if (group.list() == Literals.STUDY__CELL_PRODUCTS) {
                record.eSet(Literals.CELL_PRODUCT__DONOR, subject);
            }
            add(owner, (EReference) group.list(), key, record, groupData);
        }
    }

    private EObject owner(RecordForms.Group group, String key, Map<String, EObject> keyed, Subject subject,
            XmlElement groupData) {
        EClass ownerClass = group.list().getEContainingClass();
        if (ownerClass == Literals.STUDY) {
            return study;
        }
        if (ownerClass == Literals.SUBJECT) {
            return subject;
        }
        String ownerKey = group.list().isMany() ? References.ownerKey(key) : key;
        EObject owner = keyed.get(ownerClass.getName() + "|" + ownerKey);
        if (owner == null) {
            throw groupData.problem("item group " + group.oid() + " with repeat key " + key + " belongs to no "
                    + ownerClass.getName() + (ownerKey == null ? "" : " with repeat key " + ownerKey) + " before it");
        }
        return owner;
    }

    private void add(EObject owner, EReference list, String key, EObject record, XmlElement groupData) {
        if (list.isMany()) {
            references.place(owner, list, References.position(key, groupData), record, groupData);
        } else if (owner.eGet(list) != null) {
            throw groupData.problem("a second " + list.getName() + " for the same record");
        } else {
            owner.eSet(list, record);
        }
    }

    private void values(XmlElement groupData, EObject owner, RecordForms.Group group, String key, String context) {
        int position = References.position(key, groupData);
        for (XmlElement itemData : groupData.children("ItemData")) {
            String value = value(itemData, context);
            if (value == null) {
                continue;
            }
            if (group.list() instanceof EReference reference) {
                references.refer(owner, reference, value, itemData, position);
            } else {
                Object parsed;
                try {
                    parsed = ValueText.parse((EAttribute) group.list(), value);
                } catch (IllegalArgumentException e) {
                    throw itemData.problem("item " + itemData.attribute("ItemOID") + " " + context + ": "
                            + e.getMessage());
                }
                references.place(owner, group.list(), position, parsed, itemData);
            }
        }
    }

    /** Sets a record's fields from the ItemData of its group. */
    void items(XmlElement groupData, EObject record, RecordForms.Group group, String context) {
        Map<String, EStructuralFeature> byOid = new HashMap<>();
        group.items().forEach(feature -> byOid.put(group.itemOid(feature), feature));
        Set<String> seen = new HashSet<>();
        for (XmlElement itemData : groupData.children("ItemData")) {
            String oid = itemData.attribute("ItemOID");
            EStructuralFeature feature = byOid.get(oid);
            if (feature == null) {
                throw itemData.problem("item " + oid + " " + context + " does not belong to item group " + group.oid());
            }
            if (!seen.add(oid)) {
                throw itemData.problem("item " + oid + " " + context + " is given twice in one item group");
            }
            String value = value(itemData, context);
            if (value == null) {
                continue;
            }
            if (feature instanceof EAttribute attribute && attribute.isID() && EcoreUtil.getID(record) != null) {
                if (!value.equals(EcoreUtil.getID(record))) {
                    throw itemData.problem("item " + oid + " " + context + " gives the id " + value
                            + ", but the record is " + EcoreUtil.getID(record));
                }
                continue;
            }
            fields.set(itemData, record, feature, value, 0);
        }
        if (EcoreUtil.getID(record) == null) {
            throw groupData.problem("item group " + group.oid() + " " + context + " gives the record no id");
        }
    }

    private String value(XmlElement itemData, String context) {
        String value = "Yes".equals(itemData.attribute("IsNull")) ? null : itemData.attribute("Value");
        rules.check(itemData, value, context);
        return value;
    }
}
