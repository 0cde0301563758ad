package org.stroma.reporting.data;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.model.study.Arm;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.FlagValue;
import org.stroma.model.study.Identified;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.NumericValue;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.Site;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;

/**
 * A record of the study model as a form: its title and its fields as item and value, read from
 * the model's metadata, so a record type a plugin adds prints without new code.
 */
final class RecordText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    record Field(String item, String value) {
    }

    private RecordText() {
    }

    /** Values printed as lines of the form that contains them rather than as forms of their own. */
    static boolean inline(EObject record) {
        return record instanceof ItemValue || record instanceof ScoreValue || record instanceof FlagValue
                || record instanceof NumericValue || record instanceof InjectionSite;
    }

    /** "Assessment mrss", "Procedure SVF injection", "Adverse event: Hand swelling". */
    static String title(EObject record) {
        return switch (record) {
            case Subject s -> "Subject " + StudyRecords.label(s);
            case Assessment a -> "Assessment " + a.getInstrumentId();
            case AdverseEvent e -> "Adverse event: " + e.getTerm();
            case Procedure p -> "Procedure" + (p.getType() == null ? "" : " " + ReportFormat.words(p.getType().getLiteral()));
            default -> words(record.eClass().getName());
        };
    }

    static String visit(EObject record) {
        EStructuralFeature visit = record.eClass().getEStructuralFeature("visit");
        return visit != null && record.eGet(visit) instanceof VisitDefinition v ? name(v) : "";
    }

    static Date date(EObject record) {
        EStructuralFeature date = record.eClass().getEStructuralFeature("date");
        return date != null && record.eGet(date) instanceof Date d ? d : null;
    }

    /** Every set field, then the lines of the values it contains. */
    static List<Field> fields(EObject record) {
        List<Field> fields = new ArrayList<>();
        for (EStructuralFeature feature : record.eClass().getEAllStructuralFeatures()) {
            if ("id".equals(feature.getName()) || feature.isDerived() || !record.eIsSet(feature)) {
                continue;
            }
            Object value = record.eGet(feature);
            if (feature instanceof EReference reference && reference.isContainment()) {
                for (Object child : reference.isMany() ? (List<?>) value : List.of(value)) {
                    if (child instanceof EObject contained && inline(contained)) {
                        fields.add(line(contained));
                    }
                }
            } else if (feature instanceof EAttribute || feature instanceof EReference) {
                fields.add(new Field(words(feature.getName()), text(value)));
            }
        }
        return fields;
    }

    private static Field line(EObject value) {
        return switch (value) {
            case ItemValue v -> new Field("Item " + v.getCode(), v.getValue());
            case ScoreValue v -> new Field("Score " + v.getCode(), number(v.getValue())
                    + (v.getUnit() == null || v.getUnit().isBlank() ? "" : " " + v.getUnit()));
            case FlagValue v -> new Field(words(v.getName()), v.isValue() ? "yes" : "no");
            case NumericValue v -> new Field(words(v.getName()), number(v.getValue()));
            case InjectionSite s -> new Field("Injection site " + s.getRegion() + (s.getSiteName() == null ? ""
                    : " " + s.getSiteName()), number(s.getVolumeMl()) + " mL in " + s.getInjectionCount() + " injections");
            default -> new Field(words(value.eClass().getName()), String.valueOf(value));
        };
    }

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Date d -> d.getTime() % 86_400_000L == 0 ? DAY.format(d.toInstant()) : TIME.format(d.toInstant());
            case Double d -> number(d);
            case List<?> list -> String.join(", ", list.stream().map(RecordText::text).toList());
            case VisitDefinition v -> name(v);
            case Arm a -> a.getName();
            case Site s -> s.getCode() + " " + s.getName();
            case Identified i -> named(i);
            case EObject o -> EcoreUtil.getIdentification(o);
            case org.eclipse.emf.common.util.Enumerator e -> ReportFormat.words(e.getLiteral());
            default -> value.toString();
        };
    }

    /** A referenced record by its name (or lot) when it has one, else by its id. */
    private static String named(Identified record) {
        for (String feature : List.of("name", "lot")) {
            EStructuralFeature named = record.eClass().getEStructuralFeature(feature);
            if (named != null && record.eGet(named) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return record.getId();
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static String name(VisitDefinition visit) {
        return visit.getName() == null || visit.getName().isBlank() ? visit.getCode() : visit.getName();
    }

    /** "dateOfBirth" as "Date of birth". */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
