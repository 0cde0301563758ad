package org.stroma.store;

import java.util.Objects;

/**
 * What a study is, in one line: enough to list and open it.
 *
 * @param id              the study id the commands take (letters, digits and dashes)
 * @param acronym         short name shown in the explorer
 * @param title           full scientific title
 * @param design          design in words, e.g. "parallel-randomized, 3 arms"
 * @param registryId      ChiCTR or NCT registration, empty when not registered
 * @param plannedSubjects planned sample size
 * @param synthetic       whether the study holds synthetic (demo) data
 */
public record StudySummary(String id, String acronym, String title, String design, String registryId,
        int plannedSubjects, boolean synthetic) {

    public StudySummary {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("study id '" + id
                    + "' must be 1-64 letters, digits or dashes, starting with a letter or digit");
        }
        Objects.requireNonNull(acronym, "acronym");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(design, "design");
        registryId = registryId == null ? "" : registryId;
        if (plannedSubjects < 0) {
            throw new IllegalArgumentException("planned subjects must not be negative: " + plannedSubjects);
        }
    }
}
