package org.stroma.security.tests;

import java.nio.file.Path;

import org.stroma.demo.DemoDatabase;
import org.stroma.security.AccessControl;
import org.stroma.security.StudyAccess;
import org.stroma.security.UserSession;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** A demo database with its accounts, open for a test, and sign-ins to it. */
final class DemoWorkspace implements AutoCloseable {

    final StudyDatabase database;
    final AccessControl control;

    private DemoWorkspace(StudyDatabase database, AccessControl control) {
        this.database = database;
        this.control = control;
    }

    static DemoWorkspace create(StudyStore store, AccessControl control, Path folder) {
        StudyDatabase database = store.open(folder, DemoDatabase.key());
        DemoDatabase.fill(database, control);
        return new DemoWorkspace(database, control);
    }

    UserSession signIn(String user) {
        return control.signIn(database, user, DemoDatabase.PASSWORD.toCharArray());
    }

    StudyAccess studies(String user) {
        return control.studies(database, signIn(user));
    }

    @Override
    public void close() {
        database.close();
    }
}
