package org.stroma.randomization;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A subject already allocated, as minimization sees it: the subject's factor levels and arm.
 *
 * @param levels factor name to level (levels of factors the scheme does not use are ignored)
 * @param armId  the arm the subject was allocated to
 * @since 0.1
 */
public record Allocation(Map<String, String> levels, String armId) {

    /** Keeps an unmodifiable copy of the levels. */
    public Allocation {
        if (levels == null || armId == null) {
            throw new IllegalArgumentException("an allocation needs the subject's levels and arm");
        }
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
