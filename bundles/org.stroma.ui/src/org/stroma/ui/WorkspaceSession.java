package org.stroma.ui;

import java.util.Objects;

import org.stroma.security.AccessControl;
import org.stroma.security.Permission;
import org.stroma.security.StudyAccess;
import org.stroma.security.UserAdministration;
import org.stroma.security.UserSession;
import org.stroma.store.StudyDatabase;

/**
 * The signed-in user at the workspace's study database, as put into the application context
 * once the sign-in succeeded (and removed when the user signs out). Parts inject it with
 * {@code @Inject @Optional}, fill themselves when it arrives and empty themselves when it goes.
 * Study data are read and written only through {@link #studies()}, so the store refuses what
 * the user's role may not do, and a blinded user never receives the allocation.
 *
 * @param database the open database, for the user's own account and sign-out only
 * @param user     the user's session
 * @param control  the access control that signed the user in
 */
public record WorkspaceSession(StudyDatabase database, UserSession user, AccessControl control) {

    public WorkspaceSession {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(control, "control");
    }

    /**
     * Study data as this user may see them. A new view each call: a {@link StudyAccess} keeps
     * the studies it read, so each part (or Job) keeps its own and none is shared between
     * threads.
     */
    public StudyAccess studies() {
        return control.studies(database, user);
    }

    /** Account administration (administrators), and every user's own password. */
    public UserAdministration users() {
        return control.users(database, user);
    }

    public boolean can(Permission permission) {
        return user.can(permission);
    }

    /** "Signed in as Sam Okafor (Study coordinator)", as the status line shows it. */
    public String signedInAs() {
        return "Signed in as " + user.fullName() + " (" + user.role().label() + ")";
    }
}
