package org.stroma.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An open study database. Every write is one transaction. Close it when done. */
public interface StudyDatabase extends AutoCloseable {

    /** The workspace folder that holds this database. */
    Path folder();

    /** The schema version this database has been migrated to. */
    int schemaVersion();

    /** Studies in the database, ordered by id. */
    List<StudySummary> studies();

    Optional<StudySummary> study(String id);

    /**
     * Adds studies in one transaction: all of them or, on any failure, none.
     *
     * @throws StoreException when a study with the same id exists; nothing is saved
     */
    void addStudies(List<StudySummary> studies);

    @Override
    void close();
}
