package org.stroma.study.eligibility;

import org.stroma.instrument.api.NumberText;
import org.stroma.study.records.DomainWords;

import java.util.List;
import java.util.Map;

/**
 * Turns attribute names such as {@code alopeciaDurationMonths} into the words a coordinator reads
 * ("alopecia duration", unit "months"), so reasons need no per-trial wording table.
 */
final class AttributeLabels {

    /** Names whose words cannot be read off the camel case. */
    private static final Map<String, String> SPECIAL = Map.of(
            "bmi", "BMI",
            "ageYears", "age",
            "inactiveMonths", "disease inactive",
            "consentSigned", "informed consent signed");

    private static final List<String> UNITS = List.of("Years", "Months", "Weeks", "Days");

    private AttributeLabels() {
    }

    /** The attribute in words, without its unit: "alopecia duration", "fit for surgery". */
    static String label(String attribute) {
        String special = SPECIAL.get(attribute);
        if (special != null) {
            return special;
        }
        String unit = unitSuffix(attribute);
        String stem = unit == null ? attribute : attribute.substring(0, attribute.length() - unit.length());
        return DomainWords.of(stem);
    }

    /** The unit named at the end of the attribute ("months"), or "" when it names none. */
    static String unit(String attribute) {
        String unit = unitSuffix(attribute);
        return unit == null ? "" : unit.toLowerCase();
    }

    /** "BMI 16.2", "alopecia duration 6 months". */
    static String withValue(String attribute, double value) {
        String unit = unit(attribute);
        return label(attribute) + " " + number(value) + (unit.isEmpty() ? "" : " " + unit);
    }

    /** A recorded value as written in reasons: numbers as {@link #number}, flags as yes/no. */
    static String value(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Boolean b) {
            return yesNo(b);
        }
        return String.valueOf(value);
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** 17.0 as "17", 16.2 as "16.2": as a person would write the protocol's numbers. */
    static String number(double value) {
        return NumberText.of(value);
    }

    private static String unitSuffix(String attribute) {
        return UNITS.stream().filter(u -> attribute.endsWith(u) && attribute.length() > u.length())
                .findFirst().orElse(null);
    }
}
