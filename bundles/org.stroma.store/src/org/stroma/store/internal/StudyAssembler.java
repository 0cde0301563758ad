package org.stroma.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.store.StoreException;

/** Builds EMF objects back from stored records, by the model's metadata alone. */
final class StudyAssembler {

    private StudyAssembler() {
    }

    /** The root record (the one without a container) with its whole tree. */
    static EObject assemble(Map<String, RecordSnapshot> records) {
        Map<String, EObject> objects = new HashMap<>();
        for (RecordSnapshot record : records.values()) {
            EObject object = EcoreUtil.create(eClass(record.type()));
            EcoreUtil.setID(object, record.id());
            objects.put(record.id(), object);
        }
        EObject root = null;
        List<RecordSnapshot> ordered = new ArrayList<>(records.values());
        ordered.sort(Comparator.comparingInt(RecordSnapshot::position));
        for (RecordSnapshot record : ordered) {
            EObject object = objects.get(record.id());
            if (record.containerId() == null) {
                root = object;
                continue;
            }
            EObject container = objects.get(record.containerId());
            if (container == null) {
                throw new StoreException("record " + record.id() + " belongs to " + record.containerId()
                        + ", which is not stored");
            }
            EStructuralFeature feature = feature(container.eClass(), record.containerFeature());
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) container.eGet(feature);
                list.add(object);
            } else {
                container.eSet(feature, object);
            }
        }
        for (RecordSnapshot record : records.values()) {
            EObject object = objects.get(record.id());
            for (var field : record.values().entrySet()) {
                set(object, feature(object.eClass(), field.getKey()), field.getValue(), objects);
            }
        }
        if (root == null) {
            throw new StoreException("the stored study has no root record");
        }
        return root;
    }

    private static void set(EObject object, EStructuralFeature feature, List<String> texts, Map<String, EObject> objects) {
        List<Object> values = new ArrayList<>(texts.size());
        for (String text : texts) {
            if (feature instanceof EAttribute attribute) {
                values.add(EcoreUtil.createFromString(attribute.getEAttributeType(), text));
            } else {
                EObject target = objects.get(text);
                if (target == null) {
                    throw new StoreException(object.eClass().getName() + " " + EcoreUtil.getID(object) + " refers in '"
                            + feature.getName() + "' to " + text + ", which is not stored");
                }
                values.add(target);
            }
        }
        if (feature.isMany()) {
            object.eSet(feature, values);
        } else if (!values.isEmpty()) {
            object.eSet(feature, values.get(0));
        }
    }

    private static EClass eClass(String type) {
        int hash = type.indexOf('#');
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(type.substring(0, hash));
        if (ePackage == null) {
            throw new StoreException("records of type " + type + " are stored, but no installed bundle defines "
                    + "that model; install the plugin that contributed it");
        }
        if (!(ePackage.getEClassifier(type.substring(hash + 1)) instanceof EClass eClass)) {
            throw new StoreException("the installed model " + ePackage.getNsURI() + " has no type "
                    + type.substring(hash + 1));
        }
        return eClass;
    }

    private static EStructuralFeature feature(EClass eClass, String name) {
        EStructuralFeature feature = eClass.getEStructuralFeature(name);
        if (feature == null) {
            throw new StoreException("stored field '" + name + "' is not a field of " + eClass.getName()
                    + " in the installed model");
        }
        return feature;
    }
}
