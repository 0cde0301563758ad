package org.stroma.cli.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.store.AuditVerification;

/** {@code stroma verify-audit --db DIR}: checks the audit trail's hash chain. */
@Component(service = CliCommand.class)
public final class VerifyAuditCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public VerifyAuditCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "verify-audit";
    }

    @Override
    public String summary() {
        return "check that the audit trail has not been altered";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME";
    }

    @Override
    public String details() {
        return """
                Options:
                """ + StudyDatabases.OPTIONS_HELP + """

                Every audit row carries a SHA-256 hash of its content and of the row before.
                Exit status 0 when the whole chain matches; 1, naming the first row that does
                not, when a row was edited, deleted or inserted outside Stroma Workbench.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        try (SignedIn signedIn = databases.signIn(arguments.noPositional(), io)) {
            AuditVerification verification = signedIn.studies().verifyAudit();
            if (!verification.intact()) {
                throw new CommandFailure("audit trail broken: " + verification.message());
            }
            io.out().println(verification.message());
        }
        return 0;
    }
}
