package org.stroma.reporting.data;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reasons with how often each was given, printed one per line as "reason (n=3)". */
final class ReasonCounts {

    private final Map<String, Integer> counts = new TreeMap<>();
    private int total;

    void add(String reason) {
        counts.merge(reason, 1, Integer::sum);
        total++;
    }

    int total() {
        return total;
    }

    String lines() {
        return counts.entrySet().stream().map(e -> capitalized(e.getKey()) + " (n=" + e.getValue() + ")")
                .collect(Collectors.joining("\n"));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
