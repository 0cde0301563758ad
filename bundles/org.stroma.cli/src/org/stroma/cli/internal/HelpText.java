package org.stroma.cli.internal;

import java.util.List;

import org.stroma.cli.CliCommand;

/** The wording of {@code stroma help} and {@code stroma <command> --help}. */
final class HelpText {

    private HelpText() {
    }

    static String overview(List<CliCommand> commands) {
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(4);
        StringBuilder text = new StringBuilder();
        text.append("Stroma Workbench: cell-assisted fat grafting studies in scleroderma\n\n");
        text.append("Usage: stroma                      open the workbench\n");
        text.append("       stroma <command> [options]  run a command without a display\n\n");
        text.append("Commands:\n");
        text.append(String.format("  %-" + width + "s  %s%n", "help", "show this list, or the help of one command"));
        for (CliCommand command : commands) {
            text.append(String.format("  %-" + width + "s  %s%n", command.name(), command.summary()));
        }
        text.append("\nEvery command takes --help. Exit status: 0 success, 1 failure, 2 wrong usage.\n");
        return text.toString();
    }

    static String forCommand(CliCommand command) {
        StringBuilder text = new StringBuilder();
        text.append("Usage: stroma ").append(command.name());
        if (!command.synopsis().isBlank()) {
            text.append(' ').append(command.synopsis());
        }
        text.append("\n\n").append(command.summary()).append('\n');
        if (!command.details().isBlank()) {
            text.append('\n').append(command.details().strip()).append('\n');
        }
        return text.toString();
    }
}
