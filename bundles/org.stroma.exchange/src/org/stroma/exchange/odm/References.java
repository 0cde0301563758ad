package org.stroma.exchange.odm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What a study read from a file needs once every record exists: the ids declared (each once),
 * references to resolve by id, and list entries to put in the order of their positions, which
 * the file may give in another order (cell products come subject by subject, assessments visit
 * by visit).
 */
final class References {

    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9-]*";

    private record Pending(EObject record, EReference feature, String id, XmlElement where, int position) {
    }

    private final Map<String, XmlElement> declared = new HashMap<>();
    private final Map<String, EObject> records = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Map<EObject, Map<EStructuralFeature, TreeMap<Integer, Object>>> lists = new IdentityHashMap<>();

    /** Gives a record its id, refusing an id that is malformed or already taken. */
    void declare(EObject record, String id, XmlElement where) {
        if (id == null || !id.matches(ID_PATTERN)) {
            throw where.problem("'" + id
                    + "' is not a record id (letters, digits and dashes, not starting with a dash)");
        }
        XmlElement first = declared.putIfAbsent(id, where);
        if (first != null) {
            throw where.problem("the id " + id + " is given to two records; the first is at line " + first.line());
        }
        EcoreUtil.setID(record, id);
        records.put(id, record);
    }

    /** A reference to resolve later; {@code position} is the place in a many-valued field, else 0. */
    void refer(EObject record, EReference feature, String id, XmlElement where, int position) {
        pending.add(new Pending(record, feature, id, where, position));
    }

    /** Puts {@code value} at {@code position} (from 1) of the owner's list once all is read. */
    void place(EObject owner, EStructuralFeature list, int position, Object value, XmlElement where) {
        TreeMap<Integer, Object> entries = lists.computeIfAbsent(owner, o -> new LinkedHashMap<>())
                .computeIfAbsent(list, l -> new TreeMap<>());
        if (entries.putIfAbsent(position, value) != null) {
            throw where.problem("position " + position + " of " + list.getName() + " is given twice");
        }
    }

    /** Resolves the references, then fills every list in the order of its positions. */
    void finish() {
        for (Pending reference : pending) {
            EObject target = records.get(reference.id());
            if (target == null) {
                throw reference.where().problem(name(reference.record()) + " refers in '"
                        + reference.feature().getName() + "' to " + reference.id() + ", which the file does not hold");
            }
            if (!reference.feature().getEReferenceType().isInstance(target)) {
                throw reference.where().problem(name(reference.record()) + " refers in '"
                        + reference.feature().getName() + "' to " + reference.id() + ", which is a "
                        + target.eClass().getName() + ", not a " + reference.feature().getEReferenceType().getName());
            }
            if (reference.feature().isMany()) {
                place(reference.record(), reference.feature(), reference.position(), target, reference.where());
            } else {
                reference.record().eSet(reference.feature(), target);
            }
        }
        lists.forEach((owner, features) -> features.forEach(
                (feature, entries) -> owner.eSet(feature, new ArrayList<>(entries.values()))));
    }

    private static String name(EObject record) {
        String id = EcoreUtil.getID(record);
        return record.eClass().getName() + (id == null ? "" : " " + id);
    }

    /** The position a repeat key gives: its last part, {@code 3} in {@code 2.3}. */
    static int position(String key, XmlElement where) {
        if (key == null) {
            throw where.problem("a repeating group or form needs its repeat key");
        }
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (!last.matches("[1-9]\\d{0,8}")) {
            throw where.problem("repeat key '" + key + "' does not end in a position (1, 2, ...)");
        }
        return Integer.parseInt(last);
    }

    /** The key of the record a keyed record belongs to: {@code 2} for {@code 2.3}, null for {@code 3}. */
    static String ownerKey(String key) {
        int dot = key == null ? -1 : key.lastIndexOf('.');
        return dot < 0 ? null : key.substring(0, dot);
    }
}
