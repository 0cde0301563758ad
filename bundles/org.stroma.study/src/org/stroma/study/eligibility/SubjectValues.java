package org.stroma.study.eligibility;

import org.stroma.study.records.CalendarDays;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.stroma.model.study.Subject;

/**
 * Finds the value a criterion names. In order: a single-valued attribute of Subject (an unsettable
 * one only when set), then a derived value ({@code ageYears} for numbers, {@code consentSigned}
 * for flags), then the subject's named screening values ({@code numericValues} or {@code flags}).
 */
final class SubjectValues {

    static final String AGE_YEARS = "ageYears";
    static final String CONSENT_SIGNED = "consentSigned";

    private final Subject subject;
    private final LocalDate asOf;

    SubjectValues(Subject subject, LocalDate asOf) {
        this.subject = subject;
        this.asOf = asOf;
    }

    Lookup<Double> number(String attribute) {
        Lookup<Object> own = ownAttribute(attribute);
        if (own != null) {
            return typed(own, attribute, Number.class, "a number", n -> n.doubleValue());
        }
        if (AGE_YEARS.equals(attribute)) {
            return age();
        }
        return named(attribute, subject.getNumericValues().stream()
                .filter(v -> attribute.equals(v.getName())).map(v -> v.getValue()).toList());
    }

    Lookup<Boolean> flag(String attribute) {
        Lookup<Object> own = ownAttribute(attribute);
        if (own != null) {
            return typed(own, attribute, Boolean.class, "a yes/no value", b -> b);
        }
        if (CONSENT_SIGNED.equals(attribute)) {
            return ConsentStatus.on(subject.getConsents(), asOf);
        }
        return named(attribute, subject.getFlags().stream()
                .filter(f -> attribute.equals(f.getName())).map(f -> f.isValue()).toList());
    }

    /** The Subject attribute of that name, or null when Subject has none. */
    private Lookup<Object> ownAttribute(String attribute) {
        if (!(subject.eClass().getEStructuralFeature(attribute) instanceof EAttribute feature) || feature.isMany()) {
            return null;
        }
        // Only unsettable features can say "not entered"; for the others the default is the value.
        Object value = feature.isUnsettable() && !subject.eIsSet(feature) ? null : subject.eGet(feature);
        return value == null ? new Lookup.Absent<>(AttributeLabels.label(attribute) + " not recorded")
                : new Lookup.Found<>(value, "");
    }

    private static <T, R> Lookup<R> typed(Lookup<Object> own, String attribute, Class<T> type, String what,
            Function<T, R> convert) {
        if (own instanceof Lookup.Found<Object> found) {
            if (type.isInstance(found.value())) {
                return new Lookup.Found<>(convert.apply(type.cast(found.value())), found.detail());
            }
            return new Lookup.Absent<>("subject field '" + attribute + "' is not " + what
                    + ", so the criterion cannot be checked");
        }
        return new Lookup.Absent<>(((Lookup.Absent<Object>) own).reason());
    }

    private Lookup<Double> age() {
        LocalDate born = CalendarDays.day(subject.getDateOfBirth());
        if (born == null) {
            return new Lookup.Absent<>("age not recorded (no date of birth)");
        }
        if (born.isAfter(asOf)) {
            return new Lookup.Absent<>("date of birth " + born + " is after " + asOf + ", so age cannot be known");
        }
        return new Lookup.Found<>((double) Period.between(born, asOf).getYears(), " on " + asOf);
    }

    /** A named screening value; entered twice with different values is treated as unknown, not picked from. */
    private static <T> Lookup<T> named(String attribute, List<T> values) {
        String label = AttributeLabels.label(attribute);
        List<T> distinct = values.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return new Lookup.Absent<>(label + " not recorded (no value named '" + attribute + "')");
        }
        if (distinct.size() > 1) {
            return new Lookup.Absent<>(label + " recorded more than once with different values ("
                    + distinct.stream().map(AttributeLabels::value).collect(Collectors.joining(", ")) + ")");
        }
        return new Lookup.Found<>(distinct.get(0), "");
    }
}
