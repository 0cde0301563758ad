package org.stroma.store.internal;

import java.util.stream.Collectors;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.store.StudySummary;

/** The study register's one-line entry for a study, derived from the study itself. */
final class RegisterEntries {

    private RegisterEntries() {
    }

    static StudySummary of(Study study) {
        String registry = study.getRegistrations().isEmpty() ? "" : study.getRegistrations().get(0).getIdentifier();
        return new StudySummary(study.getId(), blankTo(study.getAcronym(), study.getId()),
                blankTo(study.getTitle(), study.getId()), design(study), registry, study.getTargetEnrollment(),
                study.isSynthetic());
    }

    /** In words, with the allocation ratio derived from the arms' weights (e.g. "1:1:1"). */
    static String design(Study study) {
        int arms = study.getArms().size();
        if (study.getDesign() == StudyDesign.SINGLE_ARM || arms < 2) {
            return "single-arm";
        }
        String ratio = study.getArms().stream().map(Arm::getAllocationWeight).map(String::valueOf)
                .collect(Collectors.joining(":"));
        return "parallel-randomized, " + arms + " arms (" + ratio + ")";
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
