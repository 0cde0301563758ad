package org.stroma.study.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How model names are written for clinicians to read, everywhere alike (numbers:
 * {@link org.stroma.instrument.api.NumberText}).
 */
public final class DomainWords {

    /** Acronyms kept whole, in their usual spelling, when a camel-case name is split into words. */
    private static final List<String> ACRONYMS = List.of("LoSCAT", "LoS", "SSc", "BMI", "SVF", "ADSC", "ECM",
            "mRSS", "HAQ", "VAS");

    private DomainWords() {
    }

    /** An enum literal in words: LOST_TO_FOLLOW_UP as "lost to follow up"; empty for none. */
    public static String literal(Enum<?> literal) {
        return literal == null ? "" : literal.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A camel-case model name in words, acronyms kept: "secondaryAlopeciaFromLoS" as "secondary alopecia from LoS". */
    public static String of(String camelCase) {
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
