package org.stroma.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Small jars made in a test: bundles with the headers a test needs, and jars that are no bundle. */
final class TestBundles {

    private TestBundles() {
    }

    /** A bundle jar of one text file; {@code headers} are further name-value pairs, e.g. Import-Package. */
    static Path bundle(Path file, String symbolicName, String version, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            main.putValue(headers[i], headers[i + 1]);
        }
        return jar(file, manifest);
    }

    /** A jar whose manifest names no bundle. */
    static Path plainJar(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Created-By", "a test");
        return jar(file, manifest);
    }

    private static Path jar(Path file, Manifest manifest) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
            jar.write("made by a Stroma Workbench test\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    /** Deletes every jar of a test's dropins folder and lets the installer uninstall their bundles. */
    static void removeAll(org.stroma.core.PluginDropins dropins, Path folder) throws java.io.IOException {
        if (java.nio.file.Files.isDirectory(folder)) {
            try (var files = java.nio.file.Files.list(folder)) {
                for (Path file : files.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
            dropins.synchronize(folder);
        }
    }
}
