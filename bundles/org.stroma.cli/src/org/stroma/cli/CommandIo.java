package org.stroma.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, diagnostics to {@code err}. */
public record CommandIo(PrintStream out, PrintStream err) {
}
