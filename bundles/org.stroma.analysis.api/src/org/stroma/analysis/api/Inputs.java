package org.stroma.analysis.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Checks shared by the input records; refusals name the offending field. */
final class Inputs {

    private Inputs() {
    }

    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new AnalysisInputException(what + " must not be empty");
        }
        return text;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static <T> void requireNonEmpty(Collection<T> items, String what) {
        if (items == null || items.isEmpty()) {
            throw new AnalysisInputException(what + " must not be empty");
        }
    }

    static void requireUnique(Collection<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new AnalysisInputException(what + " '" + name + "' appears more than once");
            }
        }
    }

    static void requireFiniteOrMissing(double value, String where) {
        if (Double.isInfinite(value)) {
            throw new AnalysisInputException(where + " is infinite");
        }
    }
}
