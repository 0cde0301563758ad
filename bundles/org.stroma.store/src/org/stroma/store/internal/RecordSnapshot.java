package org.stroma.store.internal;

import java.util.List;
import java.util.Map;

/**
 * One record of a study as the store keeps it: where it sits in the containment tree and its
 * field values as text. Derived from the EMF object by its metadata, so any EClass, including
 * one a plugin contributes, is stored the same way.
 *
 * @param id               the record's EMF id
 * @param type             the EClass as {@code nsURI#Name}
 * @param ownerId          the top-level record it belongs to (see {@link RecordOwners})
 * @param containerId      the containing record's id, null for the study itself
 * @param containerFeature the containment feature it sits in, null for the study
 * @param position         position in that feature's list
 * @param values           field name to values (one for single-valued fields); unset fields absent
 */
record RecordSnapshot(String id, String type, String ownerId, String containerId, String containerFeature,
        int position, Map<String, List<String>> values) {

    RecordSnapshot {
        values = Map.copyOf(values);
    }

    /** The EClass name without its package URI, as the audit trail shows it. */
    String typeName() {
        return type.substring(type.indexOf('#') + 1);
    }
}
