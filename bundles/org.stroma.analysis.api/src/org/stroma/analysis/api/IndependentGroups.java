package org.stroma.analysis.api;

import java.util.List;

/**
 * Values of one variable in independent groups (trial arms), one value per subject.
 *
 * @param variable what was measured
 * @param visit the visit the values come from, or empty
 * @param groups the groups in display order; names and subjects are unique
 * @since 1.0
 */
public record IndependentGroups(String variable, String visit, List<Group> groups) implements AnalysisInput {

    public IndependentGroups {
        Inputs.requireText(variable, "variable");
        visit = Inputs.orEmpty(visit);
        Inputs.requireNonEmpty(groups, "groups");
        groups = List.copyOf(groups);
        Inputs.requireUnique(groups.stream().map(Group::name).toList(), "group");
        Inputs.requireUnique(groups.stream().flatMap(g -> g.observations().stream()).map(Observation::subject)
                .toList(), "subject");
    }

    public static IndependentGroups of(String variable, String visit, Group... groups) {
        return new IndependentGroups(variable, visit, List.of(groups));
    }

    public List<String> groupNames() {
        return groups.stream().map(Group::name).toList();
    }
}
