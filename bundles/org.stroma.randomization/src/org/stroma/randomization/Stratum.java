package org.stroma.randomization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One combination of factor levels, e.g. site SITE-A and sex F. Unstratified lists have the
 * single stratum with no levels, whose key is {@value #ALL_KEY}.
 *
 * @param levels factor name to level, in factor order
 * @since 0.1
 */
public record Stratum(Map<String, String> levels) {

    /** Key of the single stratum of an unstratified list. */
    public static final String ALL_KEY = "all";

    /** The single stratum of an unstratified list. */
    public static final Stratum ALL = new Stratum(Map.of());

    /** Keeps the factor order of {@code levels}; refuses ill-formed names and levels. */
    public Stratum {
        if (levels == null) {
            throw new IllegalArgumentException("stratum levels must be given");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        levels.forEach((factor, level) -> ordered.put(Names.id("factor name", factor),
                Names.id("level of factor '" + factor + "'", level)));
        levels = Collections.unmodifiableMap(ordered);
    }

    /**
     * @return the levels as {@code factor=level} joined by {@code |} in factor order, e.g.
     *         {@code site=SITE-A|sex=F}; {@value #ALL_KEY} without levels. It names the stratum's
     *         random stream, so it is part of the algorithm.
     */
    public String key() {
        if (levels.isEmpty()) {
            return ALL_KEY;
        }
        return levels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("|"));
    }

    /** @return every combination of the factors' levels, the first factor varying slowest */
    public static List<Stratum> crossProduct(List<Factor> factors) {
        List<Map<String, String>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<String, String>());
        for (Factor factor : factors) {
            List<Map<String, String>> extended = new ArrayList<>();
            for (Map<String, String> partial : combinations) {
                for (String level : factor.levels()) {
                    Map<String, String> next = new LinkedHashMap<>(partial);
                    next.put(factor.name(), level);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations.stream().map(Stratum::new).toList();
    }

    /**
     * @return the stratum of a subject with the given levels: the levels of {@code factors}, in
     *         their order
     * @throws IllegalArgumentException when a factor's level is missing or not one of its levels
     */
    public static Stratum of(List<Factor> factors, Map<String, String> subjectLevels) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (Factor factor : factors) {
            levels.put(factor.name(), levelOf(factor, subjectLevels));
        }
        return new Stratum(levels);
    }

    /** @return the subject's level of {@code factor}, refusing a missing or unknown level */
    static String levelOf(Factor factor, Map<String, String> subjectLevels) {
        String level = subjectLevels.get(factor.name());
        if (level == null) {
            throw new IllegalArgumentException("level of factor '" + factor.name() + "' is missing");
        }
        if (!factor.levels().contains(level)) {
            throw new IllegalArgumentException("'" + level + "' is not a level of factor '" + factor.name()
                    + "'; levels are " + String.join(", ", factor.levels()));
        }
        return level;
    }
}
