package org.stroma.cli.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;
import org.stroma.core.DropinOutcome;
import org.stroma.core.PluginDropins;
import org.stroma.core.PluginJar;

/** {@code stroma install-plugin FILE.jar}: adds a plugin bundle to the installed product's dropins folder. */
@Component(service = CliCommand.class)
public final class InstallPluginCommand implements CliCommand {

    private final PluginDropins dropins;

    @Activate
    public InstallPluginCommand(@Reference PluginDropins dropins) {
        this.dropins = dropins;
    }

    @Override
    public String name() {
        return "install-plugin";
    }

    @Override
    public String summary() {
        return "install a plugin bundle (e.g. an analysis) into this installation";
    }

    @Override
    public String synopsis() {
        return "FILE.jar [--dropins DIR]";
    }

    @Override
    public String details() {
        return """
                Checks that FILE.jar is an OSGi bundle (a manifest with Bundle-SymbolicName), copies it
                into the dropins folder as SYMBOLICNAME_VERSION.jar, replacing other versions of the same
                plugin, and installs and starts it to check that it runs. Stroma Workbench and the stroma
                command install the plugins of the dropins folder at every start; to remove a plugin,
                delete its jar from the folder.
                  --dropins DIR   the dropins folder (default: dropins/ beside plugins/ in the installation,
                                  or the folder that stroma.dropins names in configuration/config.ini)
                Plugins cannot replace the product's own bundles, and fragments are refused.""";
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("dropins");
    }

    @Override
    public int run(CommandArguments arguments, CommandIo io) {
        if (arguments.positional().size() != 1) {
            throw new UsageException("name one plugin jar, e.g. stroma install-plugin my-analysis.jar");
        }
        Path jar = path(arguments.positional().get(0), "FILE.jar");
        if (!Files.isRegularFile(jar)) {
            throw new CommandFailure("no file " + jar);
        }
        Path folder = arguments.value("dropins").map(d -> path(d, "--dropins")).orElseGet(dropins::folder);
        List<DropinOutcome> outcomes;
        PluginJar plugin;
        try {
            plugin = PluginJar.read(jar);
            outcomes = dropins.add(jar, folder);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        DropinOutcome added = outcomes.stream()
                .filter(o -> o.file().getFileName().toString().equals(plugin.canonicalFileName())).findFirst()
                .orElseThrow(() -> new CommandFailure(plugin.symbolicName() + " was copied but not found in " + folder));
        if (added.action() == DropinOutcome.Action.REFUSED) {
            throw new CommandFailure("refused " + jar + ": " + added.message());
        }
        io.out().println("Installed plugin " + plugin.symbolicName() + " " + plugin.version() + " (" + plugin.name()
                + ") as " + added.file());
        io.out().println("It starts with Stroma Workbench and every stroma command from now on.");
        outcomes.stream().filter(o -> o != added && o.action() != DropinOutcome.Action.UNCHANGED)
                .forEach(o -> io.out().println("  " + o.describe()));
        return 0;
    }

    private static Path path(String text, String what) {
        try {
            return Path.of(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new UsageException(what + " is not a valid path: " + e.getMessage());
        }
    }
}
