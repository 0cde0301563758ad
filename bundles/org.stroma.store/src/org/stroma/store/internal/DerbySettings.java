package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Derby's storage settings for studies of thousands of subjects, kept with the database. By
 * default Derby starts a new log file every megabyte and writes a checkpoint every ten, each
 * waiting for the disk; one import of 10,000 subjects writes gigabytes of log, so those waits
 * took more time than the import's own work. Larger intervals only mean a longer replay of the
 * log after a crash; every commit still waits until its log is on disk.
 */
final class DerbySettings {

    private static final Map<String, String> SETTINGS = Map.of(
            "derby.storage.logSwitchInterval", String.valueOf(32 << 20),
            "derby.storage.checkpointInterval", String.valueOf(128 << 20));

    private DerbySettings() {
    }

    static void apply(Connection connection) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            for (var setting : SETTINGS.entrySet()) {
                set.setString(1, setting.getKey());
                set.setString(2, setting.getValue());
                set.execute();
            }
        }
        connection.commit();
    }
}
