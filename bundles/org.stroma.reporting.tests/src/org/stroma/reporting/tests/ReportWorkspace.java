package org.stroma.reporting.tests;

import java.nio.file.Path;

import org.stroma.demo.DemoDatabase;
import org.stroma.security.AccessControl;
import org.stroma.security.StudyAccess;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** A demo database open for a test, and the study access of each demo user. */
final class ReportWorkspace implements AutoCloseable {

    final StudyDatabase database;
    private final AccessControl control;

    private ReportWorkspace(StudyDatabase database, AccessControl control) {
        this.database = database;
        this.control = control;
    }

    static ReportWorkspace create(StudyStore store, AccessControl control, Path folder) {
        StudyDatabase database = store.open(folder, DemoDatabase.key());
        DemoDatabase.fill(database, control);
        return new ReportWorkspace(database, control);
    }

    StudyAccess studies(String user) {
        return control.studies(database, control.signIn(database, user, DemoDatabase.PASSWORD.toCharArray()));
    }

    @Override
    public void close() {
        database.close();
    }
}
