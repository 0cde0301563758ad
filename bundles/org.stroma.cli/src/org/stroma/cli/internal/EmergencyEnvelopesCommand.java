package org.stroma.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.model.study.Study;
import org.stroma.randomization.Envelope;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.security.RandomizationAccess;

/**
 * {@code stroma emergency-envelopes}: the statistician generates a site's sealed emergency list
 * (its own seed and stream, permuted blocks of the main scheme's arms), stores it, and writes
 * the printable envelopes, whole or not at all.
 */
@Component(service = CliCommand.class)
public final class EmergencyEnvelopesCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public EmergencyEnvelopesCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "emergency-envelopes";
    }

    @Override
    public String summary() {
        return "generate a site's sealed emergency envelopes as a file to print";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --site CODE --count N --out FILE [--reason TEXT]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --site CODE        the site that keeps the envelopes
                  --count N          envelopes wanted (1 to 1000), rounded up to whole blocks
                  --out FILE         the printable file (plain text, UTF-8)
                  --reason TEXT      reason for replacing the site's envelopes, when none was used

                The envelopes are permuted blocks of the study's arms with the main list's block
                sizes, drawn from a seed of their own, so opening one reveals nothing about the main
                list. They are stored sealed before the file is written; the file is written whole
                or not at all. A site opens one envelope per subject in order and reconciles each
                with reconcile-envelope when the workbench can be reached again. Only the unblinded
                statistician and the administrator may generate envelopes.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "site", "count", "out", "reason");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        String siteCode = arguments.required("site", "CODE");
        int count = RandomizationOptions.whole("count", arguments.required("count", "N"), 1, 1000);
        Path out = arguments.requiredPath("out", "FILE");
        String reason = arguments.value("reason").orElse("");
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure("cannot write " + out + ": there is no folder " + folder);
        }
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            StudyRandomization desk = new StudyRandomization(signedIn.studies());
            Study design = desk.design(studyId);
            List<Envelope> envelopes = desk.planEmergencyEnvelopes(studyId, siteCode, count, reason);
            String purpose = RandomizationAccess.EMERGENCY_LIST + siteCode;
            RandomizationAccess.ListSummary list = desk.lists(studyId).stream()
                    .filter(l -> l.purpose().equals(purpose)).findFirst().orElseThrow();
            String who = signedIn.session().userName() + " (" + signedIn.session().fullName() + ")";
            String text = EnvelopeSheet.text(design, siteCode, envelopes, list.listId(), who, Instant.now());
            try {
                WholeFile.write(out, stream -> {
                    stream.write(text.getBytes(StandardCharsets.UTF_8));
                    return envelopes.size();
                });
            } catch (CommandFailure e) {
                throw new CommandFailure(e.getMessage() + "; the envelopes are stored (list " + list.listId()
                        + "): run the command again to replace them with new ones", e);
            }
            io.out().println("Stored " + envelopes.size() + " sealed emergency envelopes of site " + siteCode
                    + " (list " + list.listId() + ") and wrote them to " + out
                    + (envelopes.size() > count ? " (" + count + " rounded up to whole blocks)" : ""));
        }
        return 0;
    }
}
