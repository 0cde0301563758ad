package org.stroma.cli.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.stroma.cli.CliCommand;
import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandDispatcher;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.cli.UsageException;

/**
 * Dispatches to the installed {@link CliCommand} services, and answers {@code help} and
 * {@code --help} itself so every command is documented the same way.
 */
@Component(service = CommandDispatcher.class)
public final class DispatcherComponent implements CommandDispatcher {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    private final List<CliCommand> commands = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCommand(CliCommand command) {
        commands.add(command);
    }

    void removeCommand(CliCommand command) {
        commands.remove(command);
    }

    @Override
    public int run(List<String> args, CommandIo io) {
        if (args.isEmpty() || isHelpWord(args.get(0))) {
            return help(args.size() > 1 ? args.subList(1, args.size()) : List.of(), io);
        }
        String name = args.get(0);
        Optional<CliCommand> command = find(name);
        if (command.isEmpty()) {
            io.err().println("stroma: unknown command '" + name + "' (stroma help lists the commands)");
            return EXIT_USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            io.out().print(HelpText.forCommand(command.get()));
            return EXIT_OK;
        }
        try {
            CommandArguments parsed = CommandArguments.parse(rest, command.get().valueOptions(),
                    command.get().flagOptions(), command.get().repeatableOptions());
            return command.get().run(parsed, io);
        } catch (UsageException e) {
            io.err().println("stroma " + name + ": " + e.getMessage() + " (see stroma " + name + " --help)");
            return EXIT_USAGE;
        } catch (CommandFailure e) {
            io.err().println("stroma " + name + ": " + e.getMessage());
            return EXIT_FAILURE;
        } catch (RuntimeException e) {
            // Store and validation errors carry sentences written for users; show that one line.
            io.err().println("stroma " + name + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return EXIT_FAILURE;
        }
    }

    private int help(List<String> topic, CommandIo io) {
        if (topic.isEmpty()) {
            io.out().print(HelpText.overview(sortedCommands()));
            return EXIT_OK;
        }
        Optional<CliCommand> command = find(topic.get(0));
        if (command.isEmpty()) {
            io.err().println("stroma help: unknown command '" + topic.get(0) + "' (stroma help lists the commands)");
            return EXIT_USAGE;
        }
        io.out().print(HelpText.forCommand(command.get()));
        return EXIT_OK;
    }

    private Optional<CliCommand> find(String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private List<CliCommand> sortedCommands() {
        return commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
    }

    private static boolean isHelpWord(String arg) {
        return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
    }
}
