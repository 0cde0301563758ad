package org.stroma.core;

import java.nio.file.Path;

/**
 * What {@link PluginDropins#synchronize} did with one jar of a dropins folder (or with a bundle
 * whose jar was removed from it).
 *
 * @param file the jar
 * @param symbolicName the bundle's symbolic name, empty when the jar is no bundle
 * @param version the bundle's version, empty when the jar is no bundle
 * @param action what was done
 * @param message why, for {@link Action#REFUSED}; otherwise empty
 */
public record DropinOutcome(Path file, String symbolicName, String version, Action action, String message) {

    /** What happened to a jar. */
    public enum Action {
        /** Newly installed and started. */
        INSTALLED,
        /** Installed before from a jar of another version or date: updated and started. */
        UPDATED,
        /** Installed before from this very jar; started. */
        UNCHANGED,
        /** Its jar is gone from the folder: uninstalled. */
        REMOVED,
        /** Not installed (or uninstalled again); {@link DropinOutcome#message()} says why. */
        REFUSED
    }

    /** One line for a log or a terminal. */
    public String describe() {
        String bundle = symbolicName.isEmpty() ? file.getFileName().toString() : symbolicName + " " + version;
        return switch (action) {
            case INSTALLED -> "installed plugin " + bundle + " from " + file;
            case UPDATED -> "updated plugin " + bundle + " from " + file;
            case UNCHANGED -> "plugin " + bundle + " is installed from " + file;
            case REMOVED -> "removed plugin " + bundle + ": " + file + " is gone";
            case REFUSED -> "refused " + (message.startsWith(file.toString()) ? message : file + ": " + message);
        };
    }
}
