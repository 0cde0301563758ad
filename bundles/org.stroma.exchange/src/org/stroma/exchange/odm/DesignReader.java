package org.stroma.exchange.odm;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.model.study.StudyPackage;

/**
 * Reads what {@link DesignExtension} writes: Stroma elements named after model classes, their
 * attributes named after fields, back into model objects, by the model's metadata alone.
 */
final class DesignReader {

    private final References references;

    DesignReader(References references) {
        this.references = references;
    }

    /**
     * Sets a record's fields from an element's attributes: the plain attributes of a Stroma
     * element, or the {@code stroma:} attributes of an ODM element ({@code uri} the Stroma
     * namespace).
     */
    void attributes(XmlElement element, EObject record, String uri, Set<EStructuralFeature> skip) {
        for (Map.Entry<String, String> attribute : element.attributesIn(uri).entrySet()) {
            EStructuralFeature feature = DesignExtension.featureNamed(record.eClass(), attribute.getKey());
            if (feature == null || skip.contains(feature) || feature.isMany() || DesignExtension.isContainment(feature)
                    || !RecordItems.stored(feature)) {
                throw element.problem("attribute " + attribute.getKey() + " is not a field of "
                        + record.eClass().getName());
            }
            set(element, record, feature, attribute.getValue(), 0);
        }
    }

    /** Adds the records and values an element holds to {@code parent}, in document order. */
    void children(XmlElement element, EObject parent, Set<EStructuralFeature> skip) {
        for (XmlElement child : element.childrenIn(OdmNames.STROMA)) {
            readChild(child, parent, skip);
        }
    }

    private void readChild(XmlElement child, EObject parent, Set<EStructuralFeature> skip) {
        EStructuralFeature values = DesignExtension.featureNamed(parent.eClass(), child.name());
        if (values != null && values.isMany() && !DesignExtension.isContainment(values) && !skip.contains(values)) {
            set(child, parent, values, child.text().toString(), ((List<?>) parent.eGet(values)).size() + 1);
            return;
        }
        if (!(StudyPackage.eINSTANCE.getEClassifier(child.name()) instanceof EClass type) || type.isAbstract()) {
            throw child.problem(child.name() + " is not a kind of study record");
        }
        EReference list = parent.eClass().getEAllContainments().stream()
                .filter(c -> c.getEReferenceType().isSuperTypeOf(type) && !skip.contains(c)).findFirst()
                .orElseThrow(() -> child.problem(parent.eClass().getName() + " holds no " + child.name()));
        EObject record = EcoreUtil.create(type);
        attributes(child, record, null, Set.of());
        children(child, record, Set.of());
        if (list.isMany()) {
            @SuppressWarnings("unchecked")
            List<EObject> records = (List<EObject>) parent.eGet(list);
            records.add(record);
        } else {
            parent.eSet(list, record);
        }
    }

    /** Sets one field from text: an id, a reference (resolved later) or a typed value. */
    void set(XmlElement where, EObject record, EStructuralFeature feature, String text, int position) {
        if (feature instanceof EAttribute attribute && attribute.isID()) {
            references.declare(record, text, where);
        } else if (feature instanceof EReference reference) {
            references.refer(record, reference, text, where, position);
        } else {
            Object value;
            try {
                value = ValueText.parse((EAttribute) feature, text);
            } catch (IllegalArgumentException e) {
                throw where.problem(record.eClass().getName() + " " + feature.getName() + ": " + e.getMessage());
            }
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) record.eGet(feature);
                list.add(value);
            } else {
                record.eSet(feature, value);
            }
        }
    }
}
