package org.stroma.cli.internal;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.exchange.csv.CsvExport;
import org.stroma.exchange.csv.CsvLayout;
import org.stroma.model.study.Study;
import org.stroma.security.Permission;

/** {@code stroma export-csv}: one instrument's assessments as CSV for R, SPSS and Stata. */
@Component(service = CliCommand.class)
public final class ExportCsvCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public ExportCsvCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "export-csv";
    }

    @Override
    public String summary() {
        return "export one instrument's assessments as CSV (long or wide layout)";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID --instrument ID --out FILE [--layout long|wide]";
    }

    @Override
    public String details() {
        return """
                Options:
                """ + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --instrument ID    instrument id, e.g. mrss, haq-di, cochin-hand-function-scale
                  --out FILE         CSV file to write (UTF-8, RFC 4180, header row)
                  --layout long|wide long: one row per item or score value (default);
                                     wide: one row per subject and visit, a column per item and score

                The file appears whole or not at all: it is written beside FILE and moved in place.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "instrument", "out", "layout");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        Path out = arguments.requiredPath("out", "FILE");
        String instrument = arguments.required("instrument", "ID");
        CsvLayout layout = layout(arguments.value("layout").orElse("long"));
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            String studyId = arguments.required("study", "ID");
            signedIn.session().require(Permission.EXPORT_DATA);
            Study study = signedIn.studies().loadStudy(studyId)
                    .orElseThrow(() -> new CommandFailure("no study " + studyId + " (stroma list-studies shows the ids)"));
            int rows = WholeFile.write(out, stream -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                int written = CsvExport.write(study, instrument, layout, writer);
                writer.flush();
                return written;
            });
            signedIn.studies().recordExport(studyId, out.toAbsolutePath().toString(),
                    "CSV " + layout.name().toLowerCase(Locale.ROOT) + " of " + instrument);
            io.out().println("Wrote " + rows + " rows to " + out);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        return 0;
    }

    private static CsvLayout layout(String text) {
        try {
            return CsvLayout.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--layout must be long or wide, not '" + text + "'");
        }
    }
}
