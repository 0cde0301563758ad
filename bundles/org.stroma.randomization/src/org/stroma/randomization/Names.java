package org.stroma.randomization;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks for the ids this layer handles (arm ids, factor names, level names). The characters
 * {@code , : | ; =} separate fields in stratum keys and in the plan's text form, so they are
 * refused in ids; refusing them here keeps keys and stored plans unambiguous.
 */
final class Names {

    static final String SEPARATORS = ",:|;=";

    private Names() {
    }

    static String id(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(what + " '" + value + "' must not start or end with a space");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0 || Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " '" + value
                        + "' must not contain any of , : | ; = or line breaks");
            }
        }
        return value;
    }

    static void distinct(String what, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + value + "'");
            }
        }
    }
}
