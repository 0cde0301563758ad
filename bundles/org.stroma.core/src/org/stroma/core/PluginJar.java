package org.stroma.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * A jar file checked to be an OSGi bundle that can be a plugin: a manifest with
 * {@code Bundle-ManifestVersion: 2}, a {@code Bundle-SymbolicName} and a valid version.
 *
 * @param file the jar
 * @param symbolicName its {@code Bundle-SymbolicName} without directives
 * @param version its {@code Bundle-Version}, {@code 0.0.0} when absent
 * @param name its {@code Bundle-Name}, or the symbolic name
 * @param fragmentHost its {@code Fragment-Host} without directives, empty unless it is a fragment
 */
public record PluginJar(Path file, String symbolicName, String version, String name, String fragmentHost) {

    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    /**
     * Reads and checks the jar's manifest.
     *
     * @throws IllegalArgumentException with a sentence naming the file and what is wrong
     */
    public static PluginJar read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is not a file");
        }
        Manifest manifest;
        try (JarFile jar = new JarFile(file.toFile(), false)) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a jar file (" + e.getMessage() + ")");
        }
        if (manifest == null) {
            throw new IllegalArgumentException(file + " is not an OSGi bundle: it has no META-INF/MANIFEST.MF");
        }
        Attributes main = manifest.getMainAttributes();
        String symbolicName = withoutDirectives(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
        if (symbolicName.isEmpty()) {
            throw new IllegalArgumentException(file + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName");
        }
        if (!SYMBOLIC_NAME.matcher(symbolicName).matches()) {
            throw new IllegalArgumentException(file + " has an invalid Bundle-SymbolicName '" + symbolicName + "'");
        }
        if (!"2".equals(trim(main.getValue(Constants.BUNDLE_MANIFESTVERSION)))) {
            throw new IllegalArgumentException(file + " is not an OSGi R4+ bundle: its manifest needs Bundle-ManifestVersion: 2");
        }
        String version;
        try {
            version = Version.parseVersion(trim(main.getValue(Constants.BUNDLE_VERSION))).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " has an invalid Bundle-Version '"
                    + main.getValue(Constants.BUNDLE_VERSION) + "'");
        }
        String name = trim(main.getValue(Constants.BUNDLE_NAME));
        return new PluginJar(file, symbolicName, version, name.isEmpty() ? symbolicName : name,
                withoutDirectives(main.getValue(Constants.FRAGMENT_HOST)));
    }

    public boolean isFragment() {
        return !fragmentHost.isEmpty();
    }

    /** The file name a plugin gets in a dropins folder: {@code symbolicName_version.jar}, as in {@code plugins/}. */
    public String canonicalFileName() {
        return symbolicName + "_" + version + ".jar";
    }

    private static String withoutDirectives(String header) {
        String value = trim(header);
        int semicolon = value.indexOf(';');
        return semicolon < 0 ? value : value.substring(0, semicolon).trim();
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
