package org.stroma.cli;

import java.io.Console;
import java.io.PrintStream;
import java.util.Map;

/**
 * Where a command writes (results to {@code out}, diagnostics to {@code err}) and where it reads
 * secrets: environment variables first, then a prompt on the terminal that does not echo.
 * Passwords are never taken from the command line, where other users and shell histories see them.
 *
 * @param environment the process environment (a test passes its own)
 * @param prompt      asks for a secret; gives null when there is no terminal to ask on
 */
public record CommandIo(PrintStream out, PrintStream err, Map<String, String> environment, SecretPrompt prompt) {

    /** Asks the user for a secret without echoing it. */
    @FunctionalInterface
    public interface SecretPrompt {
        /** The typed secret, or null when there is no one to ask. */
        char[] ask(String question);
    }

    /** The process's own environment and terminal. */
    public CommandIo(PrintStream out, PrintStream err) {
        this(out, err, System.getenv(), question -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("%s", question);
        });
    }
}
