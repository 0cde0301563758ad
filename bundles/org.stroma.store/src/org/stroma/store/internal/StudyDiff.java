package org.stroma.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What changed between the stored records of a study and the records being saved. */
final class StudyDiff {

    private StudyDiff() {
    }

    static List<RecordChange> between(Map<String, RecordSnapshot> stored, Map<String, RecordSnapshot> saved) {
        List<RecordChange> changes = new ArrayList<>();
        for (RecordSnapshot record : saved.values()) {
            RecordSnapshot before = stored.get(record.id());
            if (before == null) {
                changes.add(new RecordChange(RecordChange.CREATE, record.id(), record.typeName(), "", null, null));
                fieldChanges(Map.of(), record, changes);
            } else {
                fieldChanges(before.values(), record, changes);
            }
        }
        for (RecordSnapshot record : stored.values()) {
            if (!saved.containsKey(record.id())) {
                for (var field : record.values().entrySet()) {
                    changes.add(new RecordChange(RecordChange.SET, record.id(), record.typeName(), field.getKey(),
                            join(field.getValue()), null));
                }
                changes.add(new RecordChange(RecordChange.DELETE, record.id(), record.typeName(), "", null, null));
            }
        }
        return changes;
    }

    private static void fieldChanges(Map<String, List<String>> before, RecordSnapshot after, List<RecordChange> out) {
        Set<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.values().keySet());
        for (String field : fields) {
            String old = join(before.get(field));
            String now = join(after.values().get(field));
            if (!Objects.equals(old, now)) {
                out.add(new RecordChange(RecordChange.SET, after.id(), after.typeName(), field, old, now));
            }
        }
    }

    /** Many-valued fields show as one text in the audit trail: values separated by " | ". */
    static String join(List<String> values) {
        return values == null ? null : String.join(" | ", values);
    }
}
