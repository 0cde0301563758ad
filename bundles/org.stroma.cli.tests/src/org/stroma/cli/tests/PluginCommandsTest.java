package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.analysis.comparison.WelchTTest;
import org.stroma.cli.CommandDispatcher;
import org.stroma.core.PluginDropins;

/** {@code stroma analyses} and {@code stroma install-plugin}. */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class PluginCommandsTest {

    private static final String PLUGIN = "org.stroma.test.installed";

    @InjectService
    CommandDispatcher stroma;

    @InjectService
    PluginDropins dropins;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path temp;

    @AfterEach
    void uninstallWhatTheTestInstalled() throws IOException {
        TestBundles.removeAll(dropins, temp.resolve("dropins"));
    }

    @Test
    void analysesListsEachAnalysisWithWhatItAcceptsAndWhoProvidesIt() {
        CommandRun run = CommandRun.of(stroma, "analyses");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("ID "), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(WelchTTest.ID.replace(".", "\\.")
                + "\\s+1\\s+Welch's t-test \\(unequal variances\\)\\s+two independent groups\\s+org\\.stroma\\.analysis .*")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("stroma\\.change-from-baseline\\s+1\\s+.*paired values per "
                + "subject.*")), run.out());
        assertEquals(2, CommandRun.of(stroma, "analyses", "--deprecated").exit());
    }

    @Test
    void installPluginChecksCopiesAndStartsTheBundleAndReplacesOlderVersions() throws IOException {
        Path folder = temp.resolve("dropins");
        Path jar = TestBundles.bundle(temp.resolve("downloads/my-plugin.jar"), PLUGIN, "1.0.0", "Bundle-Name",
                "My analysis");
        CommandRun run = CommandRun.of(stroma, "install-plugin", jar.toString(), "--dropins", folder.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Installed plugin " + PLUGIN + " 1.0.0 (My analysis) as "
                + folder.resolve(PLUGIN + "_1.0.0.jar").toAbsolutePath()), run.out());
        assertEquals(Bundle.ACTIVE, installed(PLUGIN).orElseThrow().getState());

        Path newer = TestBundles.bundle(temp.resolve("downloads/my-plugin-2.jar"), PLUGIN, "2.0.0");
        CommandRun update = CommandRun.of(stroma, "install-plugin", newer.toString(), "--dropins", folder.toString());
        assertEquals(0, update.exit(), update.err());
        assertEquals(List.of(PLUGIN + "_2.0.0.jar"), files(folder));
        assertEquals("2.0.0", installed(PLUGIN).orElseThrow().getVersion().toString());
    }

    @Test
    void installPluginRefusesWhatIsNoWorkingBundleAndLeavesTheFolderAsItWas() throws IOException {
        Path folder = temp.resolve("dropins");
        Path plain = TestBundles.plainJar(temp.resolve("plain.jar"));
        CommandRun notBundle = CommandRun.of(stroma, "install-plugin", plain.toString(), "--dropins", folder.toString());
        assertEquals(1, notBundle.exit());
        assertEquals("stroma install-plugin: " + plain + " is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
                notBundle.singleErrorLine());

        Path working = TestBundles.bundle(temp.resolve("working.jar"), PLUGIN, "1.0.0");
        assertEquals(0, CommandRun.of(stroma, "install-plugin", working.toString(), "--dropins", folder.toString()).exit());
        Path broken = TestBundles.bundle(temp.resolve("broken.jar"), PLUGIN, "2.0.0", "Import-Package",
                "org.stroma.analysis.api;version=\"[7.0,8)\"");
        CommandRun unresolved = CommandRun.of(stroma, "install-plugin", broken.toString(), "--dropins", folder.toString());
        assertEquals(1, unresolved.exit());
        assertTrue(unresolved.singleErrorLine().startsWith("stroma install-plugin: refused " + broken + ": cannot start: "),
                unresolved.err());
        assertEquals(List.of(PLUGIN + "_1.0.0.jar"), files(folder), "the working version is back");
        assertEquals("1.0.0", installed(PLUGIN).orElseThrow().getVersion().toString());
        assertEquals(Bundle.ACTIVE, installed(PLUGIN).orElseThrow().getState());

        assertEquals(1, CommandRun.of(stroma, "install-plugin", temp.resolve("none.jar").toString()).exit());
        assertEquals(2, CommandRun.of(stroma, "install-plugin").exit());
    }

    private Optional<Bundle> installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    private static List<String> files(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
