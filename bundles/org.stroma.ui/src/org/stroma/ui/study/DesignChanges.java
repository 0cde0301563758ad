package org.stroma.ui.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.model.study.Arm;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Registration;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage;
import org.stroma.model.study.VisitDefinition;

/**
 * The fields of a study's design the editor changed, found by comparing the edited study with
 * its copy as last saved. They name the change in the reason dialog, and a save writes exactly
 * them into the study as stored at that moment, so subjects' data saved meanwhile by other
 * editors is kept, and a design field someone else changed meanwhile is reported, not overwritten.
 */
final class DesignChanges {

    private static final int NAMED_IN_SUMMARY = 3;
    private static final int LONGEST_QUOTE = 60;

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "targetEnrollment", "planned subjects",
            "identifier", "number",
            "windowBeforeDays", "window before",
            "windowAfterDays", "window after");

    /** One field of one design record, with its value as last saved and as edited. */
    record Change(String recordId, String record, EAttribute field, Object oldValue, Object newValue) {

        /** "visit M3 name from '3 months' to 'Month 3'"; long texts only as "study title changed". */
        String inWords() {
            if (isLong(oldValue) || isLong(newValue)) {
                return record + " " + fieldName(field) + " changed";
            }
            return record + " " + fieldName(field) + " from " + quoted(oldValue) + " to " + quoted(newValue);
        }

        private static boolean isLong(Object value) {
            return value instanceof String text && text.length() > LONGEST_QUOTE;
        }
    }

    private DesignChanges() {
    }

    static List<Change> between(Study saved, Study edited) {
        Map<String, EObject> before = designRecords(saved);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, EObject> entry : designRecords(edited).entrySet()) {
            EObject now = entry.getValue();
            EObject was = before.get(entry.getKey());
            if (was == null || was.eClass() != now.eClass()) {
                continue; // the design editor changes fields; it neither adds nor removes records
            }
            for (EAttribute field : now.eClass().getEAllAttributes()) {
                if (field.isID() || field.isDerived() || field.isTransient() || field.isVolatile()) {
                    continue;
                }
                Object old = value(was, field);
                Object current = value(now, field);
                if (!Objects.equals(old, current)) {
                    changes.add(new Change(entry.getKey(), recordName(now), field, old, current));
                }
            }
        }
        return changes;
    }

    /**
     * Writes the changes into {@code stored}, the study as the database holds it now, unless a
     * changed field no longer holds the value the editor started from.
     *
     * @return the conflicts in words; when there are any, {@code stored} is left as it was
     */
    static List<String> applyTo(Study stored, List<Change> changes) {
        Map<String, EObject> records = designRecords(stored);
        List<String> conflicts = new ArrayList<>();
        for (Change change : changes) {
            EObject record = records.get(change.recordId());
            if (record == null) {
                conflicts.add(change.record() + " is no longer in the study");
                continue;
            }
            Object now = value(record, change.field());
            if (!Objects.equals(now, change.oldValue()) && !Objects.equals(now, change.newValue())) {
                conflicts.add(change.record() + " " + fieldName(change.field()) + " is now " + quoted(now));
            }
        }
        if (conflicts.isEmpty()) {
            for (Change change : changes) {
                set(records.get(change.recordId()), change.field(), change.newValue());
            }
        }
        return conflicts;
    }

    /** What a save changes, for the reason dialog: the first few changes, then how many more. */
    static String summary(String acronym, List<Change> changes) {
        List<String> named = changes.stream().limit(NAMED_IN_SUMMARY).map(Change::inWords).toList();
        int more = changes.size() - named.size();
        return "the design of " + acronym + ": " + String.join("; ", named)
                + (more > 0 ? "; and " + more + (more == 1 ? " more change" : " more changes") : "");
    }

    /** The study and its design records by id: everything but the subjects and their cell products. */
    private static Map<String, EObject> designRecords(Study study) {
        Map<String, EObject> records = new LinkedHashMap<>();
        records.put(study.getId(), study);
        for (TreeIterator<EObject> it = study.eAllContents(); it.hasNext();) {
            EObject record = it.next();
            if (record.eContainer() == study && (record.eContainingFeature() == StudyPackage.Literals.STUDY__SUBJECTS
                    || record.eContainingFeature() == StudyPackage.Literals.STUDY__CELL_PRODUCTS)) {
                it.prune();
                continue;
            }
            records.put(EcoreUtil.getID(record), record);
        }
        return records;
    }

    private static Object value(EObject record, EAttribute field) {
        Object value = record.eGet(field);
        return field.isMany() ? List.copyOf((List<?>) value) : value;
    }

    @SuppressWarnings("unchecked")
    private static void set(EObject record, EAttribute field, Object value) {
        if (field.isMany()) {
            List<Object> values = (List<Object>) record.eGet(field);
            values.clear();
            values.addAll((List<?>) value);
        } else {
            record.eSet(field, value);
        }
    }

    private static String recordName(EObject record) {
        return switch (record) {
            case Study study -> "study";
            case VisitDefinition visit -> "visit " + visit.getCode();
            case Site site -> "site " + site.getCode();
            case Arm arm -> "arm " + arm.getCode();
            case Registration registration -> DesignRules.registryName(registration.getRegistry()) + " registration";
            case OutcomeMeasure outcome -> "outcome " + outcome.getCode();
            case EligibilityCriterion criterion -> "criterion " + criterion.getCode();
            case Intervention intervention -> InterventionWording.kind(intervention).toLowerCase()
                    + (intervention.eContainer() instanceof Arm arm ? " in arm " + arm.getCode() : "");
            default -> Words.of(record.eClass().getName()) + " " + EcoreUtil.getID(record);
        };
    }

    private static String fieldName(EAttribute field) {
        return FIELD_NAMES.getOrDefault(field.getName(), Words.of(field.getName()));
    }

    private static String quoted(Object value) {
        return switch (value) {
            case null -> "nothing";
            case String text -> "'" + text + "'";
            case Double number -> Words.number(number);
            case Enum<?> literal -> Words.literal(literal);
            default -> String.valueOf(value);
        };
    }
}
