package org.stroma.ui.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the design editor writes numbers and model names for a study coordinator to read. */
final class Words {

    /** Acronyms kept whole, in their usual spelling, when a camel-case name is split into words. */
    private static final List<String> ACRONYMS = List.of("LoSCAT", "LoS", "SSc", "BMI", "SVF", "ADSC", "ECM",
            "mRSS", "HAQ", "VAS");

    private Words() {
    }

    /** 17.0 as "17", 0.25 as "0.25": numbers as a protocol writes them. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Cell counts as a protocol writes them: 500000 as "5 x 10^5", 1200000 as "1.2 x 10^6". */
    static String cells(double value) {
        if (value < 10_000 || Double.isInfinite(value) || Double.isNaN(value)) {
            return number(value);
        }
        int exponent = (int) Math.floor(Math.log10(value));
        BigDecimal mantissa = BigDecimal.valueOf(value).movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + " x 10^" + exponent;
    }

    /** An enum literal in words: ASSESSOR_BLINDED as "assessor blinded". */
    static String literal(Enum<?> literal) {
        return literal == null ? "" : literal.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The same, starting with a capital: "Assessor blinded". */
    static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A camel-case model name in words, acronyms kept: "secondaryAlopeciaFromLoS" as "secondary alopecia from LoS". */
    static String of(String camelCase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < camelCase.length()) {
            String acronym = acronymAt(camelCase, i);
            int end = acronym != null ? i + acronym.length() : nextWordStart(camelCase, i);
            words.add(acronym != null ? acronym : camelCase.substring(i, end).toLowerCase(Locale.ROOT));
            i = end;
        }
        return String.join(" ", words);
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
