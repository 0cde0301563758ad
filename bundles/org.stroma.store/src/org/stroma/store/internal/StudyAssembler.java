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

/**
 * Builds EMF objects back from stored records, by the model's metadata alone. Records are given
 * first, then their values as they are read, so a study of millions of values is built without a
 * second copy of it in memory.
 */
final class StudyAssembler {

    /** Where a record goes once every record is there. */
    private record Placement(EObject object, String id, String containerId, String containerFeature, int position) {
    }

    private final Map<String, EObject> objects = new HashMap<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Map<EObject, Map<EStructuralFeature, List<String>>> manyValued = new HashMap<>();
    private final Map<String, EClass> classes = new HashMap<>();

    /** The root record (the one without a container) with its whole tree. */
    static EObject assemble(Map<String, RecordSnapshot> records) {
        StudyAssembler assembler = new StudyAssembler();
        for (RecordSnapshot record : records.values()) {
            assembler.record(record.id(), record.type(), record.containerId(), record.containerFeature(),
                    record.position());
        }
        for (RecordSnapshot record : records.values()) {
            for (var field : record.values().entrySet()) {
                int position = 0;
                for (String text : field.getValue()) {
                    assembler.value(record.id(), field.getKey(), position++, text);
                }
            }
        }
        return assembler.assemble();
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Creates the object of one stored record; every record comes before any value. */
    void record(String id, String type, String containerId, String containerFeature, int position) {
        EObject object = EcoreUtil.create(classes.computeIfAbsent(type, StudyAssembler::eClass));
        EcoreUtil.setID(object, id);
        objects.put(id, object);
        placements.add(new Placement(object, id, containerId, containerFeature, position));
    }

    /** Sets one stored value; values of records not given are ignored. */
    void value(String recordId, String field, int position, String text) {
        EObject object = objects.get(recordId);
        if (object == null) {
            return;
        }
        EStructuralFeature feature = feature(object.eClass(), field);
        if (!feature.isMany()) {
            object.eSet(feature, valueOf(object, feature, text));
            return;
        }
        List<String> texts = manyValued.computeIfAbsent(object, k -> new HashMap<>())
                .computeIfAbsent(feature, k -> new ArrayList<>());
        while (texts.size() <= position) {
            texts.add(null);
        }
        texts.set(position, text);
    }

    /** Places every record in its container and returns the root. */
    EObject assemble() {
        EObject root = null;
        placements.sort(Comparator.comparingInt(Placement::position));
        for (Placement placement : placements) {
            if (placement.containerId() == null) {
                root = placement.object();
                continue;
            }
            EObject container = objects.get(placement.containerId());
            if (container == null) {
                throw new StoreException("record " + placement.id() + " belongs to " + placement.containerId()
                        + ", which is not stored");
            }
            EStructuralFeature feature = feature(container.eClass(), placement.containerFeature());
            if (feature.isMany()) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) container.eGet(feature);
                list.add(placement.object());
            } else {
                container.eSet(feature, placement.object());
            }
        }
        for (var object : manyValued.entrySet()) {
            for (var field : object.getValue().entrySet()) {
                List<Object> values = new ArrayList<>(field.getValue().size());
                for (String text : field.getValue()) {
                    values.add(valueOf(object.getKey(), field.getKey(), text));
                }
                object.getKey().eSet(field.getKey(), values);
            }
        }
        if (root == null) {
            throw new StoreException("the stored study has no root record");
        }
        return root;
    }

    private Object valueOf(EObject object, EStructuralFeature feature, String text) {
        if (feature instanceof EAttribute attribute) {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        }
        EObject target = objects.get(text);
        if (target == null) {
            throw new StoreException(object.eClass().getName() + " " + EcoreUtil.getID(object) + " refers in '"
                    + feature.getName() + "' to " + text + ", which is not stored");
        }
        return target;
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
