package org.stroma.analysis.study;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.InputKind;

/**
 * The two shapes of data built from a study (or a file of values): values of one visit in
 * groups (arms), or each subject's baseline and visit values as pairs.
 */
public enum InputShape {
    /** {@link org.stroma.analysis.api.IndependentGroups}. */
    GROUPS,
    /** {@link org.stroma.analysis.api.PairedValues}, baseline first. */
    PAIRED;

    private static final Set<InputKind> GROUP_KINDS = EnumSet.of(InputKind.GROUPS, InputKind.TWO_GROUPS,
            InputKind.K_GROUPS);

    /**
     * The shape an analysis takes, groups when it takes both; empty for analyses of other shapes
     * (ratings, tables of counts, repeated visits), which a study's outcome does not give.
     */
    public static Optional<InputShape> of(Analysis<?> analysis) {
        if (analysis.inputs().stream().anyMatch(GROUP_KINDS::contains)) return Optional.of(GROUPS);
        if (analysis.inputs().contains(InputKind.PAIRED)) return Optional.of(PAIRED);
        return Optional.empty();
    }
}
