package org.stroma.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.security.UserSession;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StudyDatabase;

/** {@code stroma init}: a new, empty, encrypted study database with its first administrator. */
@Component(service = CliCommand.class)
public final class InitCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public InitCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "create an empty, encrypted study database with its first administrator";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --full-name NAME";
    }

    @Override
    public String details() {
        return """
                Options:
                  --db DIR           workspace folder for the new database (must hold none)
                  --user NAME        the administrator's user name
                  --full-name NAME   the administrator's printed name

                The database key (at least 8 characters) comes from STROMA_DB_KEY or is asked
                twice; whoever holds the folder without it cannot read the data, and nobody can
                recover it: keep it safe. The administrator's password comes from STROMA_PASSWORD
                or is asked twice. The administrator then adds the team's accounts (add-user).""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "full-name");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        Path folder = arguments.noPositional().requiredPath("db", "DIR");
        String user = StudyDatabases.user(arguments);
        String fullName = arguments.required("full-name", "NAME");
        if (databases.store().exists(folder)) {
            throw new CommandFailure(folder + " already holds a study database; choose a new folder");
        }
        char[] key = confirmed(io, Secrets.DATABASE_KEY, "New database key: ");
        char[] password = confirmed(io, Secrets.PASSWORD, "Password for " + user + ": ");
        DatabaseKey databaseKey;
        try {
            databaseKey = DatabaseKey.of(new String(key));
            databases.accessControl().policy().passwordProblems(user, password).stream().findFirst().ifPresent(p -> {
                throw new CommandFailure("the password is not accepted: " + p);
            });
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        try (StudyDatabase database = databases.store().open(folder, databaseKey)) {
            UserSession admin = databases.accessControl().createFirstAdministrator(database, user, fullName, password);
            io.out().println("Created an encrypted study database in " + database.folder() + " with administrator "
                    + admin.userName());
        }
        return 0;
    }

    /** From the environment, or asked twice at the terminal. */
    private static char[] confirmed(CommandIo io, String variable, String question) {
        if (io.environment().containsKey(variable)) {
            return Secrets.secret(io, variable, question);
        }
        char[] first = Secrets.secret(io, variable, question);
        char[] again = Secrets.secret(io, variable, "Again: ");
        if (!Arrays.equals(first, again)) {
            throw new CommandFailure("the two entries differ; nothing was created");
        }
        return first;
    }
}
