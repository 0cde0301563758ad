package org.stroma.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.stroma.cli.CommandDispatcher;
import org.stroma.cli.CommandIo;

/** One run of {@code stroma <args>} through the dispatcher, with what it printed. */
record CommandRun(int exit, String out, String err) {

    /** The demo database's key and the demo accounts' password, as a user would set them. */
    static final Map<String, String> DEMO_SECRETS = Map.of("STROMA_DB_KEY", "stroma-demo-key", "STROMA_PASSWORD",
            "Stroma-demo-2026");

    /** A run with the demo's secrets in the environment and no terminal to prompt on. */
    static CommandRun of(CommandDispatcher dispatcher, String... args) {
        return with(DEMO_SECRETS, dispatcher, args);
    }

    /** A run with exactly {@code environment} and no terminal to prompt on. */
    static CommandRun with(Map<String, String> environment, CommandDispatcher dispatcher, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = dispatcher.run(List.of(args), new CommandIo(o, e, environment, question -> null));
        }
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Errors must be exactly one line on stderr. */
    String singleErrorLine() {
        List<String> lines = err.lines().toList();
        if (lines.size() != 1) {
            throw new AssertionError("expected one line on stderr, got " + lines.size() + ": " + err);
        }
        return lines.get(0);
    }
}
