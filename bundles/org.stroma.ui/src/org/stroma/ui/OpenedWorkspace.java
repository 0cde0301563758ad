package org.stroma.ui;

import java.util.Objects;

import org.stroma.store.StudyDatabase;

/**
 * The workspace's study database once it is open, as put into the application context.
 * Parts inject it with {@code @Inject @Optional} and fill themselves when it arrives.
 *
 * @param database the open database
 * @param created  whether this start created the database (the first start of a workspace)
 */
public record OpenedWorkspace(StudyDatabase database, boolean created) {

    public OpenedWorkspace {
        Objects.requireNonNull(database, "database");
    }
}
