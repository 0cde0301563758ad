package org.stroma.store;

import java.nio.file.Path;

/**
 * What a backup holds, or what a restore found.
 *
 * @param file          the backup file
 * @param files         the database files in it
 * @param schemaVersion the schema version of the database in it
 * @param audit         the audit trail's verification (after a restore: of the restored copy)
 * @since 0.1
 */
public record BackupSummary(Path file, int files, int schemaVersion, AuditVerification audit) {
}
