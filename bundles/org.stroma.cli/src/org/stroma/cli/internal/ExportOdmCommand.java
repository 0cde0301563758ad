package org.stroma.cli.internal;

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
import org.stroma.exchange.odm.OdmExport;
import org.stroma.model.study.Study;
import org.stroma.security.Permission;
import org.stroma.store.AuditEntry;

/** {@code stroma export-odm}: one study with its audit trail as a CDISC ODM 1.3.2 file. */
@Component(service = CliCommand.class)
public final class ExportOdmCommand implements CliCommand {

    private final StudyDatabases databases;
    private final OdmExport export;

    @Activate
    public ExportOdmCommand(@Reference StudyDatabases databases, @Reference OdmExport export) {
        this.databases = databases;
        this.export = export;
    }

    @Override
    public String name() {
        return "export-odm";
    }

    @Override
    public String summary() {
        return "export one study as CDISC ODM 1.3.2 XML: design, data and audit trail";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --out FILE";
    }

    @Override
    public String details() {
        return """
                Options:
                """ + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --out FILE         ODM file to write (UTF-8 XML)

                The file holds the study's metadata (visits as study events, instruments as forms with
                typed, range-checked and coded items), its sites and the users of its audit trail, every
                subject's records and assessments, and the audit trail itself. The design ODM has no
                element for (arms, interventions, eligibility, registrations, each subject's arm) is in
                the Stroma extension namespace http://stroma.org/odm/1.0; the file validates against
                CDISC's ODM 1.3.2 schema with that extension, and import-odm reads it back.

                The file appears whole or not at all: it is written beside FILE and moved in place.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "out");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        Path out = arguments.requiredPath("out", "FILE");
        String studyId = arguments.required("study", "ID");
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            signedIn.session().require(Permission.EXPORT_DATA);
            Study study = signedIn.studies().loadStudy(studyId).orElseThrow(
                    () -> new CommandFailure("no study " + studyId + " (stroma list-studies shows the ids)"));
            List<AuditEntry> trail = signedIn.studies().auditTrail(studyId, studyId);
            WholeFile.write(out, stream -> {
                export.write(study, trail, Instant.now(), stream);
                return null;
            });
            signedIn.studies().recordExport(studyId, out.toAbsolutePath().toString(), "CDISC ODM 1.3.2");
            io.out().println("Wrote study " + studyId + " (" + study.getSubjects().size() + " subjects, " + trail.size()
                    + " audit records) to " + out);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        return 0;
    }
}
