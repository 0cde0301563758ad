package org.stroma.cli.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.randomization.study.AllocationLogEntry;
import org.stroma.randomization.study.StudyRandomization;

/**
 * {@code stroma allocation-log}: every allocation made in a study (from the list, by
 * minimization, or from an emergency envelope) and every emergency unblinding, oldest first. Only
 * the unblinded statistician and the administrator may read it.
 */
@Component(service = CliCommand.class)
public final class AllocationLogCommand implements CliCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final StudyDatabases databases;

    @Activate
    public AllocationLogCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "allocation-log";
    }

    @Override
    public String summary() {
        return "list a study's allocations and emergency unblindings";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID [--format table|json]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --format FORMAT    table (default): aligned columns; json: one JSON document
                                     {"study", "entries": [{"at", "event", "subject", "arm", "by",
                                     "detail"}]}, times in UTC (ISO 8601)

                One row per event, oldest first: time (UTC), event (allocated, allocated
                (emergency envelope), unblinded), subject, arm code, who, and the detail: stratum
                and number in the list, the minimization's imbalance scores, the envelope, or the
                reason for unblinding. Only the unblinded statistician and the administrator may
                read the log.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "format");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        boolean json = RandomizationOptions.json(arguments, "table");
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            List<AllocationLogEntry> log = new StudyRandomization(signedIn.studies()).log(studyId);
            if (json) {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("study", studyId);
                document.put("entries", log);
                io.out().print(JsonWriter.write(document));
            } else if (log.isEmpty()) {
                io.out().println("No allocations in study " + studyId + " yet.");
            } else {
                TextTable table = new TextTable(List.of("time (UTC)", "event", "subject", "arm", "by", "detail"));
                for (AllocationLogEntry entry : log) {
                    table.row(List.of(TIME.format(entry.at()), entry.event(), entry.subject(), entry.arm(), entry.by(),
                            entry.detail()));
                }
                table.print(io.out(), "");
            }
        }
        return 0;
    }
}
