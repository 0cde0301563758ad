package org.stroma.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisRegistry;
import org.stroma.analysis.api.InputKind;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandIo;

/** {@code stroma analyses}: the installed analyses, built-in and from plugins, one line each. */
@Component(service = CliCommand.class)
public final class AnalysesCommand implements CliCommand {

    private final AnalysisRegistry registry;

    @Activate
    public AnalysesCommand(@Reference AnalysisRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "analyses";
    }

    @Override
    public String summary() {
        return "list the installed analyses and the data each accepts";
    }

    @Override
    public String synopsis() {
        return "[--all]";
    }

    @Override
    public String details() {
        return """
                One line per analysis: the id that stroma analyze --analysis takes, its version, its name,
                the data it accepts and the bundle that provides it (a plugin's own bundle for plugins).
                  --all   also list deprecated analyses and older versions, kept to re-run stored results""";
    }

    @Override
    public Set<String> flagOptions() {
        return Set.of("all");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        arguments.noPositional();
        boolean all = arguments.flag("all");
        TextTable table = new TextTable(List.of("ID", "VERSION", "NAME", "ACCEPTS", "PROVIDED BY"), false, true, false,
                false, false);
        for (Analysis<?> analysis : all ? registry.allAnalyses() : registry.analyses()) {
            List<String> row = new ArrayList<>();
            row.add(analysis.id());
            row.add(Integer.toString(analysis.version()));
            row.add(analysis.name() + analysis.deprecation().map(d -> " (deprecated" + (d.replacementId().isEmpty() ? ""
                    : ", use " + d.replacementId()) + ")").orElse(""));
            row.add(analysis.inputs().stream().map(InputKind::description).sorted().collect(Collectors.joining(" or ")));
            row.add(provider(analysis));
            table.row(row);
        }
        table.print(io.out(), "");
        return 0;
    }

    private static String provider(Analysis<?> analysis) {
        Bundle bundle = FrameworkUtil.getBundle(analysis.getClass());
        return bundle == null ? "" : bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
