package org.stroma.cli.internal;

import org.stroma.security.StudyAccess;
import org.stroma.security.UserSession;
import org.stroma.store.StudyDatabase;

/** A command's open database and its signed-in user; closing it closes the database. */
record SignedIn(StudyDatabase database, UserSession session, StudyAccess studies) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
    }
}
