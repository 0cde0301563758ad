package org.stroma.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SHA-256 of some stored records and everything under them: ids, places and every field
 * value, in a fixed order, so the hash changes whenever any of it is saved differently. A
 * signature keeps this hash to stay bound to the exact version it signed.
 */
final class ContentHash {

    private ContentHash() {
    }

    static String of(Map<String, RecordSnapshot> records, Set<String> roots) {
        TreeMap<String, RecordSnapshot> included = new TreeMap<>();
        for (RecordSnapshot record : records.values()) {
            if (isUnder(record, roots, records)) {
                included.put(record.id(), record);
            }
        }
        StringBuilder text = new StringBuilder();
        for (RecordSnapshot r : included.values()) {
            append(text, r.id());
            append(text, r.type());
            append(text, r.containerId());
            append(text, r.containerFeature());
            // A signed record's own place in its list is not its content: a sibling added before it
            // does not change what was signed.
            append(text, roots.contains(r.id()) ? "" : String.valueOf(r.position()));
            for (var field : new TreeMap<>(r.values()).entrySet()) {
                append(text, field.getKey());
                for (String value : field.getValue()) {
                    append(text, value);
                }
            }
        }
        MessageDigest sha256 = AuditLog.sha256();
        return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void append(StringBuilder text, String value) {
        text.append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value);
    }

    private static boolean isUnder(RecordSnapshot record, Set<String> roots, Map<String, RecordSnapshot> records) {
        Set<String> seen = new HashSet<>();
        for (RecordSnapshot at = record; at != null && seen.add(at.id()); at = records.get(at.containerId())) {
            if (roots.contains(at.id())) {
                return true;
            }
        }
        return false;
    }
}
