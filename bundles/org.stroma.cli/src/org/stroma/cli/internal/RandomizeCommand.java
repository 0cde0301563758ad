package org.stroma.cli.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.randomization.study.Randomized;
import org.stroma.randomization.study.StudyRandomization;

/**
 * {@code stroma randomize}: an investigator or coordinator randomizes one enrolled, consented
 * subject from the study's sealed list and learns that subject's arm (not even that when blinded
 * in the study). The allocation is final; every refusal is in the audit trail.
 */
@Component(service = CliCommand.class)
public final class RandomizeCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public RandomizeCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "randomize";
    }

    @Override
    public String summary() {
        return "randomize one enrolled subject from the study's sealed list";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --subject ID [--format text|json]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --subject ID       the subject's id (or screening id)
                  --format FORMAT    text (default): one line; json: one JSON document

                The subject must be enrolled (eligible, or with an approved override) and have a
                signed informed consent in force. The arm is the next unused entry of the subject's
                stratum in the list the statistician planned (or the minimization's decision), and
                is final: a second randomization of the same subject is refused. A user blinded in
                the study is told that the subject was randomized, not the arm. Refusals (not
                enrolled, no consent, randomized before, no list, a role that may not randomize)
                are one line, exit status 1, and are recorded in the audit trail. Investigators and
                study coordinators randomize.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "subject", "format");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        String subjectId = arguments.required("subject", "ID");
        boolean json = RandomizationOptions.json(arguments, "text");
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            Randomized randomized = new StudyRandomization(signedIn.studies()).randomize(studyId, subjectId);
            if (json) {
                io.out().print(RandomizedOutput.json(randomized));
            } else {
                io.out().println(RandomizedOutput.line(randomized));
            }
        }
        return 0;
    }
}
