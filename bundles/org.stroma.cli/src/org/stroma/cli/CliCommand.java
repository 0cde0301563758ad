package org.stroma.cli;

import java.util.Set;

/**
 * One {@code stroma <command>}. Implementations are DS services; the dispatcher finds them by
 * {@link #name()}. A command prints its results to {@link CommandIo#out()} and returns 0; it
 * reports a failure by throwing {@link CommandFailure} (exit 1) or {@link UsageException}
 * (exit 2) with one clear sentence.
 */
public interface CliCommand {

    /** The word typed after {@code stroma}, e.g. {@code demo}. */
    String name();

    /** One line for {@code stroma help}. */
    String summary();

    /** The synopsis after the command name, e.g. {@code --db DIR}. Empty when it takes none. */
    String synopsis();

    /** Further lines of help: what each option means, where data goes. */
    String details();

    /** Options that take a value, without their leading dashes. */
    default Set<String> valueOptions() {
        return Set.of();
    }

    /**
     * Value options that may be given more than once, e.g. one {@code --region} per facial
     * region; each must be among {@link #valueOptions()}.
     *
     * @since 0.1
     */
    default Set<String> repeatableOptions() {
        return Set.of();
    }

    /** Options that are switches, without their leading dashes. */
    default Set<String> flagOptions() {
        return Set.of();
    }

    /** Runs the command; returns the process exit code (0 on success). */
    int run(CommandArguments arguments, CommandIo io);
}
