package org.stroma.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.security.Role;

/** {@code stroma add-user}: an administrator adds an account. */
@Component(service = CliCommand.class)
public final class AddUserCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public AddUserCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "add-user";
    }

    @Override
    public String summary() {
        return "add a user account with its role (administrators only)";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user ADMIN --name NAME --full-name TEXT --role ROLE [--sites CODE,...]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --name NAME        the new account's user name
                  --full-name TEXT   the new user's printed name, as signatures show it
                  --role ROLE        administrator, investigator, study-coordinator,
                                     blinded-outcome-assessor, unblinded-statistician or monitor
                  --sites CODE,...   site codes the user may see (default: every site)

                The new user's password comes from STROMA_NEW_PASSWORD or is asked twice; it needs
                at least 10 characters with letters and digits, and must not contain the user name.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "name", "full-name", "role", "sites");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String name = arguments.required("name", "NAME");
        String fullName = arguments.required("full-name", "TEXT");
        Role role;
        try {
            role = Role.parse(arguments.required("role", "ROLE"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> sites = arguments.value("sites").map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).toList()).orElse(List.of());
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            char[] password = newPassword(io, name);
            try {
                databases.accessControl().users(signedIn.database(), signedIn.session())
                        .add(name, fullName, role, sites, password);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(e.getMessage() + "; no account was added");
            }
            io.out().println("Added " + name + " (" + role.label() + ", "
                    + (sites.isEmpty() ? "every site" : "sites " + String.join(", ", sites)) + ")");
        }
        return 0;
    }

    private static char[] newPassword(CommandIo io, String name) {
        if (io.environment().containsKey(Secrets.NEW_PASSWORD)) {
            return Secrets.secret(io, Secrets.NEW_PASSWORD, "");
        }
        char[] first = Secrets.secret(io, Secrets.NEW_PASSWORD, "Password for the new user " + name + ": ");
        if (!Arrays.equals(first, Secrets.secret(io, Secrets.NEW_PASSWORD, "Again: "))) {
            throw new CommandFailure("the two entries differ; no account was added");
        }
        return first;
    }
}
