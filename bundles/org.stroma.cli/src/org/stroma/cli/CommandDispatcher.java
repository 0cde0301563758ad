package org.stroma.cli;

import java.util.List;

/** Runs {@code stroma <command> [options]}: finds the command, parses, reports errors. */
public interface CommandDispatcher {

    /** Runs the command line and returns the process exit code. */
    int run(List<String> args, CommandIo io);
}
