package org.stroma.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.emf.ecore.EObject;

/**
 * Which top-level record owns a record: the record directly under the study that contains it
 * (a subject, an arm, a site, a visit definition...), or for the study's own record the study.
 * A subject and everything in it share one owner, kept in STUDY_RECORD.OWNER_ID, so one subject
 * is read, compared and saved without the rest of the study.
 */
final class RecordOwners {

    private RecordOwners() {
    }

    /** The top-level record {@code object} belongs to: itself when it is the root or directly under it. */
    static EObject of(EObject object) {
        EObject owner = object;
        while (owner.eContainer() != null && owner.eContainer().eContainer() != null) {
            owner = owner.eContainer();
        }
        return owner;
    }

    /** Whether {@code object} lies in the containment tree of {@code root} (or is the root). */
    static boolean isIn(EObject object, EObject root) {
        EObject top = object;
        while (top.eContainer() != null) {
            top = top.eContainer();
        }
        return top == root;
    }

    /**
     * Fills OWNER_ID of a schema 2 database: the study's own record and the records directly
     * under it own themselves, every other record has its container's owner, level by level.
     * A record whose container is not stored owns itself.
     */
    static void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE STUDY_RECORD SET OWNER_ID = ID "
                    + "WHERE CONTAINER_ID IS NULL OR CONTAINER_ID = STUDY_ID");
            int filled;
            do {
                filled = statement.executeUpdate("UPDATE STUDY_RECORD SET OWNER_ID = "
                        + "(SELECT c.OWNER_ID FROM STUDY_RECORD c WHERE c.ID = STUDY_RECORD.CONTAINER_ID) "
                        + "WHERE OWNER_ID IS NULL AND EXISTS (SELECT 1 FROM STUDY_RECORD c "
                        + "WHERE c.ID = STUDY_RECORD.CONTAINER_ID AND c.OWNER_ID IS NOT NULL)");
            } while (filled > 0);
            statement.executeUpdate("UPDATE STUDY_RECORD SET OWNER_ID = ID WHERE OWNER_ID IS NULL");
        }
    }
}
