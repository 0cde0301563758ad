package org.stroma.demo;

import java.util.List;

import org.stroma.model.study.Study;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;

/** Fills a new study database with the four synthetic demo studies. */
public final class DemoDatabase {

    /** The seed of the demo every installation shows, so screenshots and manuals agree. */
    public static final long SEED = 20240517L;

    /** The user the demo's records are attributed to in the audit trail. */
    public static final String DEMO_USER = "demo";

    /** The study the workbench opens first on a demo database. */
    public static final String FIRST_STUDY_ID = DemoStudies.LOS_FACE;

    private DemoDatabase() {
    }

    /**
     * Saves the demo studies, each in its own transaction with its audit trail.
     *
     * @throws StoreException when the database already holds studies; nothing is changed then
     */
    public static List<Study> fill(StudyDatabase database) {
        if (!database.studies().isEmpty()) {
            throw new StoreException(database.folder() + " already holds studies; demo data goes into a new folder");
        }
        List<Study> studies = DemoStudies.create(SEED);
        for (Study study : studies) {
            database.saveStudy(study, ChangeContext.firstEntry(DEMO_USER));
        }
        return studies;
    }
}
