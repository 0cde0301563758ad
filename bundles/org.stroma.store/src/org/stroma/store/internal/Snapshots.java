package org.stroma.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.store.StoreException;

/** Reads an EMF containment tree into {@link RecordSnapshot}s, using only the model's metadata. */
final class Snapshots {

    private Snapshots() {
    }

    /** Every record under {@code root} (itself included), keyed by id, in tree order. */
    static Map<String, RecordSnapshot> of(EObject root) {
        Map<String, RecordSnapshot> records = new LinkedHashMap<>();
        add(records, root);
        for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
            add(records, it.next());
        }
        return records;
    }

    /** The records a top-level record owns: itself with its contents, or for the study its own record alone. */
    static Map<String, RecordSnapshot> owned(EObject owner) {
        if (owner.eContainer() == null) {
            Map<String, RecordSnapshot> own = new LinkedHashMap<>();
            add(own, owner);
            return own;
        }
        return of(owner);
    }

    /** One record, without its contents. */
    static RecordSnapshot of(EObject object, String id) {
        EObject container = object.eContainer();
        String containerId = container == null ? null : idOf(container);
        String containerFeature = container == null ? null : object.eContainmentFeature().getName();
        int position = 0;
        if (container != null && object.eContainmentFeature().isMany()) {
            position = ((List<?>) container.eGet(object.eContainmentFeature())).indexOf(object);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (stored(feature) && object.eIsSet(feature)) {
                values.put(feature.getName(), text(object, feature));
            }
        }
        EObject owner = RecordOwners.of(object);
        return new RecordSnapshot(id, typeOf(object.eClass()), owner == object ? id : idOf(owner), containerId,
                containerFeature, position, values);
    }

    static String typeOf(EClass eClass) {
        return eClass.getEPackage().getNsURI() + "#" + eClass.getName();
    }

    static String idOf(EObject object) {
        String id = EcoreUtil.getID(object);
        if (id == null || id.isBlank()) {
            throw new StoreException("a " + object.eClass().getName() + " has no id; every record needs one");
        }
        return id;
    }

    /** Fields the store keeps: what is neither derived, transient, containment nor the id. */
    static boolean stored(EStructuralFeature feature) {
        if (feature.isDerived() || feature.isTransient() || feature.isVolatile()) {
            return false;
        }
        if (feature instanceof EAttribute attribute) {
            return !attribute.isID();
        }
        return !((EReference) feature).isContainment() && !((EReference) feature).isContainer();
    }

    private static void add(Map<String, RecordSnapshot> records, EObject object) {
        String id = idOf(object);
        RecordSnapshot previous = records.put(id, of(object, id));
        if (previous != null) {
            throw new StoreException("two records share the id '" + id + "'; ids must be unique in a study");
        }
    }

    private static List<String> text(EObject object, EStructuralFeature feature) {
        List<?> raw = feature.isMany() ? (List<?>) object.eGet(feature) : List.of(object.eGet(feature));
        List<String> texts = new ArrayList<>(raw.size());
        for (Object value : raw) {
            if (feature instanceof EAttribute attribute) {
                texts.add(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
            } else {
                texts.add(idOf((EObject) value));
            }
        }
        return texts;
    }
}
