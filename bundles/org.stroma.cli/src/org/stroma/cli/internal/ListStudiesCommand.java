package org.stroma.cli.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.store.StudySummary;
import org.stroma.store.SubjectCounts;

/** {@code stroma list-studies --db DIR}: one line per study, starting with its id. */
@Component(service = CliCommand.class)
public final class ListStudiesCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public ListStudiesCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "list-studies";
    }

    @Override
    public String summary() {
        return "list the studies in a study database";
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

                One line per study: the study id (which other commands take with --study),
                acronym, design, subjects enrolled and screened, and SYNTHETIC for demo data.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        try (SignedIn signedIn = databases.signIn(arguments.noPositional(), io)) {
            for (StudySummary study : signedIn.studies().studies()) {
                SubjectCounts subjects = signedIn.studies().subjectCounts(study.id());
                io.out().printf("%-14s %-14s %-40s %4d enrolled %4d screened%s%n", study.id(), study.acronym(),
                        study.design(), subjects.enrolled(), subjects.screened(), study.synthetic() ? "  SYNTHETIC" : "");
            }
        }
        return 0;
    }
}
