package org.stroma.exchange.odm;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage.Literals;

/**
 * Writes what ODM has no element for in the Stroma namespace: the study design
 * ({@code stroma:StudyDesign}: registrations, arms and their interventions, eligibility
 * criteria, outcome measures, masking, synthetic marker) and the fields of sites and visits
 * beyond their ODM name. Elements are named after the model's classes and attributes after its
 * fields, so the XML follows the model; {@code stroma-odm-ns.xsd} describes it.
 */
final class DesignExtension {

    static final String DESIGN = "StudyDesign";

    /** Study fields that ODM carries itself: the OID, Locations, StudyEventDefs, clinical data. */
    static final Set<EStructuralFeature> IN_ODM = Set.of(Literals.IDENTIFIED__ID, Literals.STUDY__SITES,
            Literals.STUDY__VISIT_SCHEDULE, Literals.STUDY__CELL_PRODUCTS, Literals.STUDY__SUBJECTS);

    private DesignExtension() {
    }

    static void write(XmlOut xml, Study study) {
        xml.start(qualified(DESIGN));
        attributes(xml, study, IN_ODM, "");
        children(xml, study, IN_ODM);
        xml.end();
    }

    /**
     * The single-valued fields of a record as attributes; {@code prefix} is "stroma:" on ODM's
     * own elements and empty on the Stroma elements.
     */
    static void attributes(XmlOut xml, EObject record, Set<EStructuralFeature> skip, String prefix) {
        for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
            boolean plainField = !feature.isMany() && !isContainment(feature);
            if (RecordItems.stored(feature) && plainField && !skip.contains(feature)) {
                Object value = RecordItems.valueToWrite(record, feature);
                if (value != null) {
                    xml.attribute(prefix + xmlName(feature), ValueText.of(feature, value));
                }
            }
        }
    }

    private static void children(XmlOut xml, EObject record, Set<EStructuralFeature> skip) {
        for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
            boolean plainField = !feature.isMany() && !isContainment(feature);
            if (!RecordItems.stored(feature) || plainField || skip.contains(feature)) {
                continue;
            }
            List<?> values = feature.isMany() ? (List<?>) record.eGet(feature)
                    : record.eGet(feature) == null ? List.of() : List.of(record.eGet(feature));
            for (Object value : values) {
                if (isContainment(feature)) {
                    EObject child = (EObject) value;
                    xml.start(qualified(child.eClass().getName()));
                    attributes(xml, child, Set.of(), "");
                    children(xml, child, Set.of());
                    xml.end();
                } else {
                    xml.element(qualified(xmlName(feature)), ValueText.of(feature, value));
                }
            }
        }
    }

    /** {@code id} as ID, other fields capitalized: {@code allocationWeight} as AllocationWeight. */
    static String xmlName(EStructuralFeature feature) {
        String name = feature.getName();
        return name.equals("id") ? "ID" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The field an attribute or element name stands for, or null. */
    static EStructuralFeature featureNamed(EClass eClass, String xmlName) {
        String name = xmlName.equals("ID") ? "id" : Character.toLowerCase(xmlName.charAt(0)) + xmlName.substring(1);
        return eClass.getEStructuralFeature(name);
    }

    static String qualified(String localName) {
        return OdmNames.STROMA_PREFIX + ":" + localName;
    }

    static boolean isContainment(EStructuralFeature feature) {
        return feature instanceof EReference reference && reference.isContainment();
    }
}
