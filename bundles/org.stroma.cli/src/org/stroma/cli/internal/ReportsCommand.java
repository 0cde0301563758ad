package org.stroma.cli.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;
import org.stroma.reporting.ReportService;
import org.stroma.reporting.api.ReportDefinition;

/** {@code stroma reports}: the installed reports, built-in and from plugins. */
@Component(service = CliCommand.class)
public final class ReportsCommand implements CliCommand {

    private final ReportService reports;

    @Activate
    public ReportsCommand(@Reference ReportService reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public String summary() {
        return "list the installed reports and the options each needs";
    }

    @Override
    public String synopsis() {
        return "";
    }

    @Override
    public String details() {
        return """
                One line per report: the name that stroma report --report takes, its version, title,
                the options it takes besides --study, whether blinded users are refused, and the
                bundle that provides it (a plugin's own bundle for plugins' reports).""";
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        TextTable table = new TextTable(List.of("NAME", "VERSION", "TITLE", "OPTIONS", "BLINDED USERS", "PROVIDED BY"));
        for (ReportDefinition report : reports.installed()) {
            String options = report.parameters().stream().sorted()
                    .map(p -> "--" + p.key()).collect(Collectors.joining(" "));
            Bundle bundle = FrameworkUtil.getBundle(report.getClass());
            table.row(List.of(report.name(), report.version(), report.title(), options.isEmpty() ? "-" : options,
                    report.unblindedOnly() ? "refused" : "allowed", bundle == null ? "-" : bundle.getSymbolicName()));
        }
        table.print(io.out(), "");
        return 0;
    }
}
