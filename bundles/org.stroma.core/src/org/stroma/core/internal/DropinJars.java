package org.stroma.core.internal;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.stroma.core.PluginJar;

/** The files of a dropins folder: its jars, and jars set aside while a new version is tried. */
final class DropinJars {

    private static final Logger LOG = System.getLogger("org.stroma.core.dropins");

    private DropinJars() {
    }

    static Path aside(Path jar) {
        return jar.resolveSibling(jar.getFileName() + ".replaced");
    }

    static void restore(List<Path> replaced) {
        for (Path jar : replaced) {
            try {
                move(aside(jar), jar);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot restore " + jar + ": " + e.getMessage());
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static List<Path> jars(Path folder) {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(folder)) return jars;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    jars.add(file);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list the dropins folder " + folder + ": " + e.getMessage());
        }
        jars.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return jars;
    }

    static boolean sameBundle(Path file, PluginJar jar) {
        try {
            return PluginJar.read(file).symbolicName().equals(jar.symbolicName());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
