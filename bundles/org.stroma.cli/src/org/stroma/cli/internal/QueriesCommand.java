package org.stroma.cli.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.security.Oversight;
import org.stroma.store.DataQuery;

/**
 * {@code stroma queries}: data queries of a study: list them, raise one on a record (monitors),
 * answer one (investigators, coordinators, assessors), close one (monitors).
 */
@Component(service = CliCommand.class)
public final class QueriesCommand implements CliCommand {

    private final StudyDatabases databases;

    @Activate
    public QueriesCommand(@Reference StudyDatabases databases) {
        this.databases = databases;
    }

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public String summary() {
        return "list, raise, answer or close data queries on a study's records";
    }

    @Override
    public String synopsis() {
        return "--db DIR --user NAME --study ID [--raise RECORD --text TEXT | --answer QUERY --text TEXT"
                + " | --close QUERY]";
    }

    @Override
    public String details() {
        return "Options:\n" + StudyDatabases.OPTIONS_HELP + """
                  --study ID         study id, as list-studies shows it
                  --raise RECORD     raise a query on the record with this id (monitors)
                  --answer QUERY     answer the query with this id
                  --close QUERY      close the query with this id (monitors)
                  --text TEXT        the question or the answer

                Without --raise, --answer or --close: one line per query, oldest first: id, status,
                record, who raised it and when, the question, and the answer once given. Every
                query, answer and closing is in the audit trail.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("db", "user", "study", "raise", "answer", "close", "text");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        String studyId = arguments.required("study", "ID");
        long actions = Set.of("raise", "answer", "close").stream().filter(o -> arguments.value(o).isPresent()).count();
        if (actions > 1) {
            throw new UsageException("give one of --raise, --answer and --close");
        }
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            Oversight oversight = signedIn.studies().oversight();
            if (arguments.value("raise").isPresent()) {
                DataQuery query = oversight.raiseQuery(studyId, arguments.value("raise").get(),
                        arguments.required("text", "TEXT"));
                io.out().println("Raised " + query.id() + " on " + query.recordId());
            } else if (arguments.value("answer").isPresent()) {
                oversight.answerQuery(arguments.value("answer").get(), arguments.required("text", "TEXT"));
                io.out().println("Answered " + arguments.value("answer").get());
            } else if (arguments.value("close").isPresent()) {
                oversight.closeQuery(arguments.value("close").get());
                io.out().println("Closed " + arguments.value("close").get());
            } else {
                for (DataQuery q : oversight.queries(studyId)) {
                    io.out().printf("%-10s %-8s %-36s %s %s: %s%s%n", q.id(), q.status(), q.recordId(), q.raisedBy(),
                            q.raisedAt(), q.question(), q.response() == null ? ""
                                    : " | answered by " + q.respondedBy() + ": " + q.response());
                }
            }
        }
        return 0;
    }
}
