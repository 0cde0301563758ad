package org.stroma.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.stroma.cli.CommandFailure;

/**
 * Writes a command's output file whole or not at all: into a partial file beside it, moved in
 * place when complete, removed when anything fails.
 */
final class WholeFile {

    /** Writes the content onto a stream and returns what the command reports, e.g. a row count. */
    interface Content<T> {
        T write(OutputStream stream) throws IOException;
    }

    private WholeFile() {
    }

    /**
     * @throws IllegalArgumentException as the content threw it (the command reports it as refused input)
     * @throws CommandFailure           naming the file when it cannot be written
     */
    static <T> T write(Path out, Content<T> content) {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            T result;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                result = content.write(stream);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // The original failure is what the user needs to see.
            }
            if (e instanceof IllegalArgumentException refused) {
                throw refused;
            }
            throw new CommandFailure("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
