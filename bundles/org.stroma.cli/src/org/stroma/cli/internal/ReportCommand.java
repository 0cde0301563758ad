package org.stroma.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.ReportRun;
import org.stroma.reporting.ReportService;
import org.stroma.reporting.api.ReportParameter;

/** {@code stroma report}: renders one report of a study to a PDF, HTML or DOCX file. */
@Component(service = CliCommand.class)
public final class ReportCommand implements CliCommand {

    private final StudyDatabases databases;
    private final ReportService reports;

    @Activate
    public ReportCommand(@Reference StudyDatabases databases, @Reference ReportService reports) {
        this.databases = databases;
        this.reports = reports;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "render a study report (CONSORT, Table 1, outcomes, ...) to PDF, HTML or DOCX";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --report NAME --out FILE [--format pdf|html|docx] [--subject ID]"
                + " [--procedure ID] [--from DATE] [--to DATE] [--by USER]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --report NAME      consort, baseline, outcomes, adverse-events, randomization-log,
                                     audit-trail, casebook, dosing-sheet, or a plugin's report
                                     (stroma reports lists them and the options each needs)
                  --out FILE         file to write; written whole or not at all
                  --format FORMAT    pdf (default; fonts embedded), html or docx. XLSX is not offered:
                                     BIRT's spreadsheet emitter is not published on Maven Central.
                  --subject ID       casebook, dosing-sheet: the subject; audit-trail: only this subject
                  --procedure ID     dosing-sheet: the procedure
                  --from DATE        audit-trail: first day, yyyy-mm-dd (UTC)
                  --to DATE          audit-trail: last day, yyyy-mm-dd (UTC), inclusive
                  --by USER          audit-trail: only this user's entries

                Data is what the signed-in user may see: blinded users get arms pooled or concealed,
                and the randomization log is refused to them. Each page carries the study, the report
                name and version, when (UTC) and by whom it was generated, page x of y, and on demo
                data the SYNTHETIC DATA mark. The generation is recorded in the audit trail.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "report", "out", "format", "subject", "procedure", "from", "to", "by");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        String name = arguments.required("report", "NAME");
        Path out = arguments.requiredPath("out", "FILE");
        ReportOutput format = ReportOutput.named(arguments.value("format").orElse("pdf"));
        Map<String, String> parameters = new LinkedHashMap<>();
        arguments.value("subject").ifPresent(v -> parameters.put(ReportParameter.SUBJECT.key(), v));
        arguments.value("procedure").ifPresent(v -> parameters.put(ReportParameter.PROCEDURE.key(), v));
        arguments.value("from").ifPresent(v -> parameters.put(ReportParameter.FROM.key(), v));
        arguments.value("to").ifPresent(v -> parameters.put(ReportParameter.TO.key(), v));
        arguments.value("by").ifPresent(v -> parameters.put(ReportParameter.USER.key(), v));
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            ReportRun run = reports.prepare(signedIn.studies(), studyId, name, parameters);
            run.writeTo(out, format);
            io.out().println("Wrote " + run.describe() + " to " + out.toAbsolutePath() + " (" + format.label() + ")");
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage(), e);
        }
        return 0;
    }
}
