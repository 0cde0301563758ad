package org.stroma.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.stroma.cli.CommandDispatcher;
import org.stroma.cli.CommandIo;

/** One run of {@code stroma <args>} through the dispatcher, with what it printed. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(CommandDispatcher dispatcher, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = dispatcher.run(List.of(args), new CommandIo(o, e));
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
