package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.stroma.store.RecordLock;

/** The RECORD_LOCK table. */
final class LockTable {

    private LockTable() {
    }

    static Map<String, RecordLock> read(Connection connection, String studyId) throws SQLException {
        Map<String, RecordLock> locks = new LinkedHashMap<>();
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        try (PreparedStatement select = connection.prepareStatement("SELECT RECORD_ID, LOCKED_BY, LOCKED_AT "
                + "FROM RECORD_LOCK WHERE STUDY_ID = ? ORDER BY LOCKED_AT")) {
            select.setString(1, studyId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    locks.put(rs.getString(1), new RecordLock(rs.getString(1), studyId, rs.getString(2),
                            rs.getTimestamp(3, utc).toInstant()));
                }
            }
        }
        return locks;
    }
}
