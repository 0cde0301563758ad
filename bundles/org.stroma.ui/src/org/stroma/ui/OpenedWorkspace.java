package org.stroma.ui;

import java.util.Objects;

import org.stroma.store.StudyDatabase;

/**
 * The workspace's study database once it is open with its key, as put into the application
 * context (before anyone has signed in). It says which workspace is open; study data are read
 * and written through the signed-in user's {@link WorkspaceSession}, never through this.
 *
 * @param database the open database
 * @param created  whether this start created the database (the first start of a workspace)
 */
public record OpenedWorkspace(StudyDatabase database, boolean created) {

    public OpenedWorkspace {
        Objects.requireNonNull(database, "database");
    }
}
