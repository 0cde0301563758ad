package org.stroma.cli.internal;

import java.nio.file.Path;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.store.BackupSummary;

/** {@code stroma backup}: the whole database, still encrypted, into one file. */
@Component(service = CliCommand.class)
public final class BackupCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public BackupCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "back up the whole study database, encrypted, into one file (administrators only)";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --out FILE";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --out FILE         backup file to write (a zip with a SHA-256 list of its files)

                A consistent copy of the database taken while it is open, still encrypted with its
                key, written whole or not at all. restore checks it and brings it back.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "out");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        Path out = arguments.noPositional().requiredPath("out", "FILE");
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            BackupSummary backup = signedIn.studies().backup(out);
            io.out().println("Backed up " + backup.files() + " files (schema " + backup.schemaVersion() + ", "
                    + backup.audit().entries() + " audit rows) to " + out);
        }
        return 0;
    }
}
