package org.stroma.study.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every criterion of a study checked for one subject on one date, in protocol order.
 *
 * @param screeningId the subject's screening id; eligibility is decided before a subject id
 *                    is assigned at enrolment, so this is the identifier every subject has
 * @param asOf        the date the subject's data were judged on (age, consent)
 * @param results     one result per criterion, in the study's order
 */
public record EligibilityReport(String screeningId, LocalDate asOf, List<CriterionResult> results) {

    public EligibilityReport {
        Objects.requireNonNull(asOf, "asOf");
        results = List.copyOf(results);
    }

    /** True only when every inclusion is met and no exclusion applies or is left unrecorded. */
    public boolean eligible() {
        return failures().isEmpty();
    }

    /** The results that keep the subject out, in protocol order. */
    public List<CriterionResult> failures() {
        return results.stream().filter(CriterionResult::blocksEnrolment).toList();
    }

    /** One line for lists and logs, e.g. "S02 on 2026-11-22: not eligible (8 of 9 passed; I7 not met)". */
    public String summary() {
        List<CriterionResult> failures = failures();
        String counts = (results.size() - failures.size()) + " of " + results.size() + " passed";
        if (failures.isEmpty()) {
            return screeningId + " on " + asOf + ": eligible (" + counts + ")";
        }
        String blocking = failures.stream().map(r -> r.code() + " " + r.status())
                .collect(Collectors.joining(", "));
        return screeningId + " on " + asOf + ": not eligible (" + counts + "; " + blocking + ")";
    }
}
