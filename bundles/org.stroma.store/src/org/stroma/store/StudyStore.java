package org.stroma.store;

import java.nio.file.Path;

/** Opens study databases. A DS service; one per application. */
public interface StudyStore {

    /**
     * Opens the study database kept in {@code folder}, creating the folder and an empty
     * database when there is none, and migrating an older schema forward.
     *
     * @throws StoreException with a message naming the folder when it cannot be opened
     */
    StudyDatabase open(Path folder);

    /** Whether {@code folder} already holds a study database. */
    boolean exists(Path folder);
}
