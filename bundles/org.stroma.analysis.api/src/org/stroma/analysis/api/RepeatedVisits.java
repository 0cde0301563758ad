package org.stroma.analysis.api;

import java.util.List;

/**
 * A reference value and follow-up values per subject, in groups, e.g. graft volume injected and
 * measured on MRI at each visit.
 *
 * @param variable what was measured, including how (e.g. "Graft volume, MRI Cavalieri")
 * @param unit unit of baseline and visit values, e.g. "mL"
 * @param baselineLabel what the reference value is, e.g. "Injected volume"
 * @param visits visit names in time order (unique)
 * @param subjects one row per subject (unique)
 * @since 1.0
 */
public record RepeatedVisits(String variable, String unit, String baselineLabel, List<String> visits,
        List<SubjectVisits> subjects) implements AnalysisInput {

    public RepeatedVisits {
        Inputs.requireText(variable, "variable");
        unit = Inputs.orEmpty(unit);
        Inputs.requireText(baselineLabel, "baseline label");
        Inputs.requireNonEmpty(visits, "visits");
        Inputs.requireNonEmpty(subjects, "subjects");
        visits = List.copyOf(visits);
        subjects = List.copyOf(subjects);
        Inputs.requireUnique(visits, "visit");
        Inputs.requireUnique(subjects.stream().map(SubjectVisits::subject).toList(), "subject");
        for (SubjectVisits subject : subjects) {
            if (subject.values().size() != visits.size()) {
                throw new AnalysisInputException("subject " + subject.subject() + " has " + subject.values().size()
                        + " values for " + visits.size() + " visits");
            }
        }
    }

    @Override
    public String visit() {
        return String.join(", ", visits);
    }

    /** Group names in order of first appearance. */
    public List<String> groupNames() {
        return subjects.stream().map(SubjectVisits::group).distinct().toList();
    }
}
