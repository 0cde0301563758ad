package org.stroma.cli.internal;

import java.nio.file.Path;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.Permission;
import org.stroma.security.UserSession;
import org.stroma.store.BackupSummary;
import org.stroma.store.StoreException;

/** {@code stroma restore}: a backup into a new workspace folder, checked before it is used. */
@Component(service = CliCommand.class)
public final class RestoreCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public RestoreCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "restore a backup into a new folder and verify it (administrators only)";
    }

    @Override
    public String synopsis() {
        return "--file FILE --db DIR --user NAME";
    }

    @Override
    public String details() {
        return "Options:\n" + """
                  --file FILE        backup written by stroma backup
                """ + StudyDatabases.OPTIONS_HELP + """

                DIR must hold no database. Every file of the backup is checked against its SHA-256,
                the copy is opened with the database key, every table is checked and the audit
                trail's hash chain verified, and NAME must be an administrator of the restored
                database. When any check fails nothing is left in DIR.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("file", "db", "user");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        Path file = arguments.noPositional().requiredPath("file", "FILE");
        Path folder = arguments.requiredPath("db", "DIR");
        String user = StudyDatabases.user(arguments);
        char[] password = Secrets.password(io, user);
        BackupSummary restored;
        try {
            restored = databases.store().restore(file, folder, Secrets.databaseKey(io, folder), database -> {
                UserSession session = databases.accessControl().signIn(database, user, password);
                session.require(Permission.BACKUP_DATABASE);
            });
        } catch (StoreException e) {
            throw new CommandFailure(e.getMessage() + "; nothing was restored", e);
        } catch (AccessDeniedException e) {
            throw new CommandFailure("cannot restore as " + user + ": " + e.getMessage() + "; nothing was restored");
        }
        io.out().println("Restored " + restored.files() + " files (schema " + restored.schemaVersion() + ") into "
                + folder + "; " + restored.audit().message());
        return 0;
    }
}
