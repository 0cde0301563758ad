package org.stroma.cli.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.security.Role;
import org.stroma.store.UserAccount;

/** {@code stroma users}: the accounts of a study database, for its administrators. */
@Component(service = CliCommand.class)
public final class UsersCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public UsersCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public String summary() {
        return "list the user accounts (administrators only)";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """

                One line per account: user name, role, sites (all when none are named), whether it is
                active or locked, and the printed name.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        try (SignedIn signedIn = databases.signIn(arguments.noPositional(), io)) {
            for (UserAccount a : databases.accessControl().users(signedIn.database(), signedIn.session()).accounts()) {
                String state = !a.active() ? "deactivated"
                        : a.lockedUntil() != null && a.lockedUntil().isAfter(java.time.Instant.now())
                                ? "locked until " + a.lockedUntil() : "active";
                io.out().printf("%-16s %-26s %-14s %-28s %s%n", a.userName(), Role.parse(a.role()).label(),
                        a.sites().isEmpty() ? "all sites" : String.join(",", a.sites()), state, a.fullName());
            }
        }
        return 0;
    }
}
