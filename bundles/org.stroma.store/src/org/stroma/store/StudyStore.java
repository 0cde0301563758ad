package org.stroma.store;

import java.nio.file.Path;

/** Opens study databases. A DS service; one per application. */
public interface StudyStore {

    /**
     * Opens the study database kept in {@code folder}, creating the folder and an empty
     * database encrypted with {@code key} when there is none, and migrating an older schema
     * forward. A database made before encryption is encrypted with {@code key} as it opens.
     *
     * @throws StoreException with a message naming the folder when it cannot be opened, and
     *                        saying so when the key is not the database's
     */
    StudyDatabase open(Path folder, DatabaseKey key);

    /** Whether {@code folder} already holds a study database. */
    boolean exists(Path folder);

    /**
     * Restores a backup written by {@link StudyDatabase#backup} into {@code folder}, which must
     * hold no database: checks every file of the backup against the checksums it carries, opens
     * the copy with {@code key}, checks every table and the audit trail's hash chain, runs
     * {@code acceptance} on it (which throws to refuse it, e.g. when the restoring user is not its
     * administrator), and leaves nothing behind when any check fails.
     *
     * @throws StoreException naming what failed
     * @since 0.1
     */
    BackupSummary restore(Path backupFile, Path folder, DatabaseKey key,
            java.util.function.Consumer<StudyDatabase> acceptance);
}
