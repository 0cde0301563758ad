package org.stroma.cli.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.InputKind;
import org.stroma.cli.UsageException;

/**
 * The two shapes of data {@code stroma analyze} builds: values of one visit in groups (arms, or
 * a CSV column), or each subject's baseline and visit values as pairs.
 */
enum InputShape {
    /** {@link org.stroma.analysis.api.IndependentGroups}. */
    GROUPS,
    /** {@link org.stroma.analysis.api.PairedValues}, baseline first. */
    PAIRED;

    private static final Set<InputKind> GROUP_KINDS = EnumSet.of(InputKind.GROUPS, InputKind.TWO_GROUPS,
            InputKind.K_GROUPS);

    /**
     * The shape an analysis takes; groups when it takes both.
     *
     * @throws UsageException for analyses of other shapes (ratings, tables of counts, repeated visits)
     */
    static InputShape of(Analysis<?> analysis) {
        if (analysis.inputs().stream().anyMatch(GROUP_KINDS::contains)) return GROUPS;
        if (analysis.inputs().contains(InputKind.PAIRED)) return PAIRED;
        throw new UsageException(analysis.id() + " needs " + analysis.inputs().stream().map(InputKind::description)
                .sorted().collect(Collectors.joining(" or ")) + "; analyze builds groups or baseline-to-visit pairs");
    }
}
