package org.stroma.store;

import java.util.List;

/**
 * The four study designs of cell-assisted fat grafting in scleroderma, as synthetic demo
 * studies at their real sizes. They let a new user see every part of the workbench at work.
 */
public final class DemoStudies {

    /** The study the workbench opens first on a demo database. */
    public static final String FIRST_STUDY_ID = "LOS-FACE";

    public static final List<StudySummary> STUDIES = List.of(
            new StudySummary(FIRST_STUDY_ID, "LoS-FACE",
                    "Conventional, SVF-assisted and ADSC-assisted autologous fat grafting for facial atrophy "
                            + "in localized scleroderma: a three-arm pilot randomized trial",
                    "parallel-randomized, 3 arms (1:1:1)", "", 18, true),
            new StudySummary("LOS-HAIR", "LoS-HAIR",
                    "ECM/SVF-gel assisted versus traditional hair transplantation for alopecia secondary to "
                            + "localized scleroderma: a randomized trial",
                    "parallel-randomized, 2 arms (1:1)", "", 40, true),
            new StudySummary("SSC-HAND-SVF", "SSc-HAND-SVF",
                    "Subcutaneous injection of autologous SVF into the fingers in systemic sclerosis: "
                            + "a single-arm study",
                    "single-arm, baseline and 12 weeks", "", 7, true),
            new StudySummary("SSC-HAND-RCT", "SSc-HAND-RCT",
                    "Adipose-derived SVF with fat micrografts plus standard care versus standard care alone "
                            + "for the hands in systemic sclerosis: an open-label randomized trial",
                    "parallel-randomized, 2 arms (1:1), open-label", "", 20, true));

    private DemoStudies() {
    }

    /**
     * Fills an empty database with the demo studies.
     *
     * @throws StoreException when the database already holds studies; nothing is changed
     */
    public static void createIn(StudyDatabase database) {
        if (!database.studies().isEmpty()) {
            throw new StoreException(database.folder() + " already holds studies; demo data goes into a new folder");
        }
        database.addStudies(STUDIES);
    }
}
