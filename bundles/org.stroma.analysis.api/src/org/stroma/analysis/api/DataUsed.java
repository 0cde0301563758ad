package org.stroma.analysis.api;

import java.util.List;

/**
 * The data an analysis actually used, for reports (CONSORT "analysed" numbers) and audit.
 *
 * @param variable what was analysed
 * @param groups group names (arms, or rows and columns of a table)
 * @param visit the visit or visits
 * @param subjects ids of subjects whose values entered the analysis; empty when the input has
 *        no subject ids (a contingency table)
 * @param observations number of values (or counts) that entered the analysis
 * @param exclusions subjects or values left out, with reasons
 * @since 1.0
 */
public record DataUsed(String variable, List<String> groups, String visit, List<String> subjects, long observations,
        List<Exclusion> exclusions) {

    public DataUsed {
        variable = Inputs.orEmpty(variable);
        groups = List.copyOf(groups);
        visit = Inputs.orEmpty(visit);
        subjects = List.copyOf(subjects);
        exclusions = List.copyOf(exclusions);
    }
}
