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
 * {@code stroma reconcile-envelope}: records an allocation a site made offline from its sealed
 * emergency envelope. The envelope must exist, be unused and hold the arm the site gave; the
 * subject must be enrolled with consent and not randomized before.
 */
@Component(service = CliCommand.class)
public final class ReconcileEnvelopeCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public ReconcileEnvelopeCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "reconcile-envelope";
    }

    @Override
    public String summary() {
        return "record an allocation made offline from a site's emergency envelope";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --subject ID --site CODE --envelope N --arm CODE [--format text|json]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --subject ID       the subject the envelope was opened for
                  --site CODE        the site whose envelope it was (the subject's site)
                  --envelope N       the envelope's number
                  --arm CODE         the arm code read in the envelope and given to the subject
                  --format FORMAT    text (default): one line; json: one JSON document

                The allocation is stored as if randomized, marked as from the emergency envelope.
                Refused, with nothing stored and the refusal in the audit trail: an envelope that
                does not exist or was reconciled before, an arm that is not the one sealed in the
                envelope, a subject of another site, not enrolled, without consent, or randomized
                before. Investigators and study coordinators reconcile envelopes.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "subject", "site", "envelope", "arm", "format");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        String subjectId = arguments.required("subject", "ID");
        String siteCode = arguments.required("site", "CODE");
        int envelope = RandomizationOptions.whole("envelope", arguments.required("envelope", "N"), 1, 100_000);
        String armCode = arguments.required("arm", "CODE").strip();
        boolean json = RandomizationOptions.json(arguments, "text");
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            Randomized randomized = new StudyRandomization(signedIn.studies()).reconcileEnvelope(studyId, subjectId,
                    siteCode, envelope, armCode);
            if (json) {
                io.out().print(RandomizedOutput.json(randomized));
            } else {
                io.out().println(RandomizedOutput.line(randomized));
            }
        }
        return 0;
    }
}
