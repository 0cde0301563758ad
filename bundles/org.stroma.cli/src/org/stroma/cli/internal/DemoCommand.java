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
import org.stroma.demo.DemoDatabase;
import org.stroma.security.AccessControl;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.store.StudySummary;

/** {@code stroma demo --db DIR}: creates a study database filled with the synthetic demo studies. */
@Component(service = CliCommand.class)
public final class DemoCommand implements CliCommand {

    private final StudyStore store;
    private final AccessControl control;

    @Activate
    public DemoCommand(@Reference StudyStore store, @Reference AccessControl control) {
        this.store = store;
        this.control = control;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "create a demo study database with synthetic data";
    }

    @Override
    public String synopsis() {
        return "--db DIR";
    }

    @Override
    public String details() {
        return """
                Options:
                  --db DIR   workspace folder for the new database; it must not hold a study
                             database already (an existing empty folder is fine)

                The demo holds the four study designs of cell-assisted fat grafting in
                scleroderma, every record marked SYNTHETIC, and one account per role (admin,
                investigator, coordinator, assessor, statistician, monitor), each with the
                password Stroma-demo-2026. The database is encrypted with the key in
                STROMA_DB_KEY, or else with the published demo key stroma-demo-key.
                Open it in the workbench with
                  stroma -data DIR""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        Path folder = arguments.noPositional().requiredPath("db", "DIR");
        if (store.exists(folder)) {
            throw new CommandFailure(folder + " already holds a study database; choose a new folder");
        }
        String key = io.environment().getOrDefault(Secrets.DATABASE_KEY, DemoDatabase.KEY);
        try (StudyDatabase database = store.open(folder, DatabaseKey.of(key))) {
            DemoDatabase.fill(database, control);
            io.out().println("Created the demo database in " + database.folder() + (key.equals(DemoDatabase.KEY)
                    ? ", encrypted with the demo key " + DemoDatabase.KEY : ", encrypted with the key in "
                            + Secrets.DATABASE_KEY));
            io.out().println("Accounts: " + DemoDatabase.ACCOUNTS.stream().map(a -> a.userName()).toList()
                    + ", password " + DemoDatabase.PASSWORD);
            for (StudySummary study : database.studies()) {
                io.out().printf("  %-14s %-40s %4d enrolled  SYNTHETIC%n", study.id(), study.design(),
                        database.subjectCounts(study.id()).enrolled());
            }
        }
        return 0;
    }
}
