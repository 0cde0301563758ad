package org.stroma.cli.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.UserSession;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * Opens the study database a command names with its key and signs in the user of {@code --user}:
 * commands check the same permissions as the workbench.
 */
@Component(service = StudyDatabases.class)
public final class StudyDatabases {

    /** The options every command on a study database takes. */
    static final String OPTIONS_HELP = ""
            + "  --db DIR           workspace folder of the study database\n"
            + "  --user NAME        who runs the command, signed in with the password from\n"
            + "                     STROMA_PASSWORD or a prompt; the database key comes from\n"
            + "                     STROMA_DB_KEY or a prompt\n";

    private final StudyStore store;
    private final AccessControl control;

    @Activate
    public StudyDatabases(@Reference StudyStore store, @Reference AccessControl control) {
        this.store = store;
        this.control = control;
    }

    /** Opens the existing database of {@code --db} and signs in {@code --user}. */
    public SignedIn signIn(CommandArguments arguments, CommandIo io) {
        Path folder = arguments.requiredPath("db", "DIR");
        requireDatabase(folder);
        String user = user(arguments);
        StudyDatabase database = openExisting(folder, io);
        try {
            UserSession session = control.signIn(database, user, Secrets.password(io, user));
            return new SignedIn(database, session, control.studies(database, session));
        } catch (AccessDeniedException e) {
            database.close();
            throw new CommandFailure("cannot sign in to " + folder + ": " + e.getMessage());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens an existing database with its key; commands never create one by accident. */
    public StudyDatabase openExisting(Path folder, CommandIo io) {
        requireDatabase(folder);
        try {
            return store.open(folder, Secrets.databaseKey(io, folder));
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }

    private void requireDatabase(Path folder) {
        if (!store.exists(folder)) {
            throw new CommandFailure(folder + " holds no study database (create one with stroma init or stroma demo)");
        }
    }

    static String user(CommandArguments arguments) {
        return arguments.value("user").orElseThrow(() -> new UsageException(
                "--user NAME is needed: every command on a study database is run by a signed-in user"));
    }

    AccessControl accessControl() {
        return control;
    }

    StudyStore store() {
        return store;
    }
}
