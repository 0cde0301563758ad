package org.stroma.study.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
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

    /** Domain acronyms kept whole and in their usual spelling when splitting camel case. */
    private static final List<String> ACRONYMS = List.of("LoSCAT", "LoS", "SSc", "BMI", "SVF", "ADSC", "ECM",
            "mRSS", "HAQ", "VAS");

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
        return String.join(" ", words(stem));
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
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String unitSuffix(String attribute) {
        return UNITS.stream().filter(u -> attribute.endsWith(u) && attribute.length() > u.length())
                .findFirst().orElse(null);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            String acronym = acronymAt(name, i);
            int end = acronym != null ? i + acronym.length() : nextWordStart(name, i);
            words.add(acronym != null ? acronym : name.substring(i, end).toLowerCase());
            i = end;
        }
        return words;
    }

    private static String acronymAt(String name, int i) {
        for (String acronym : ACRONYMS) {
            int end = i + acronym.length();
            if (name.startsWith(acronym, i) && (end == name.length() || !Character.isLowerCase(name.charAt(end)))) {
                return acronym;
            }
        }
        return null;
    }

    private static int nextWordStart(String name, int start) {
        int i = start + 1;
        while (i < name.length() && !Character.isUpperCase(name.charAt(i)) && acronymAt(name, i) == null) {
            i++;
        }
        return i;
    }
}
