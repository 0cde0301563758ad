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
import org.stroma.core.DropinOutcome;
import org.stroma.core.DropinOutcome.Action;
import org.stroma.core.PluginDropins;

/**
 * The dropins installer of org.stroma.core in the running framework: jars made here are installed,
 * started, updated, removed or refused through the {@link PluginDropins} component, and the result
 * is checked on the framework's bundles.
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class DropinsTest {

    private static final String PLUGIN = "org.stroma.test.dropin";

    @InjectService
    PluginDropins dropins;

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path temp;

    @AfterEach
    void removeWhatTheTestInstalled() throws IOException {
        TestBundles.removeAll(dropins, temp.resolve("dropins"));
    }

    @Test
    void aBundleJarIsInstalledStartedUpdatedAndRemovedWithItsFile() throws Exception {
        Path folder = temp.resolve("dropins");
        Path jar = TestBundles.bundle(folder.resolve("plugin.jar"), PLUGIN, "1.0.0");
        assertEquals(List.of(Action.INSTALLED), actions(dropins.synchronize(folder)));
        Bundle bundle = installed(PLUGIN).orElseThrow();
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertEquals("1.0.0", bundle.getVersion().toString());
        assertTrue(bundle.getLocation().startsWith("dropins:"), bundle.getLocation());

        assertEquals(List.of(Action.UNCHANGED), actions(dropins.synchronize(folder)), "a second start changes nothing");

        TestBundles.bundle(jar, PLUGIN, "1.1.0");
        assertEquals(List.of(Action.UPDATED), actions(dropins.synchronize(folder)));
        assertEquals("1.1.0", installed(PLUGIN).orElseThrow().getVersion().toString());
        assertEquals(Bundle.ACTIVE, installed(PLUGIN).orElseThrow().getState());

        Files.delete(jar);
        List<DropinOutcome> removed = dropins.synchronize(folder);
        assertEquals(List.of(Action.REMOVED), actions(removed));
        assertEquals(PLUGIN, removed.get(0).symbolicName());
        assertTrue(installed(PLUGIN).isEmpty(), "uninstalled with its jar");
    }

    @Test
    void whatIsNoPluginIsRefusedWithAReasonAndNotInstalled() throws Exception {
        Path folder = temp.resolve("dropins");
        TestBundles.plainJar(folder.resolve("a-plain.jar"));
        Files.write(folder.resolve("b-broken.jar"), new byte[] {1, 2, 3, 4});
        TestBundles.bundle(folder.resolve("c-fragment.jar"), PLUGIN + ".fragment", "1.0.0", "Fragment-Host",
                "org.stroma.core");
        String product = context.getBundle(0).getSymbolicName();
        TestBundles.bundle(folder.resolve("d-product.jar"), product, "99.0.0");
        TestBundles.bundle(folder.resolve("e-unresolvable.jar"), PLUGIN + ".needs", "1.0.0", "Import-Package",
                "org.example.nowhere;version=\"[9,10)\"");

        List<DropinOutcome> outcomes = dropins.synchronize(folder);
        assertEquals(List.of(Action.REFUSED, Action.REFUSED, Action.REFUSED, Action.REFUSED, Action.REFUSED),
                actions(outcomes));
        assertTrue(outcomes.get(0).message().endsWith("is not an OSGi bundle: its manifest has no Bundle-SymbolicName"),
                outcomes.get(0).message());
        assertTrue(outcomes.get(1).message().contains("is not a jar file"), outcomes.get(1).message());
        assertTrue(outcomes.get(2).message().startsWith("it is a fragment of org.stroma.core"), outcomes.get(2).message());
        assertEquals(product + " is part of the product; a plugin cannot replace it", outcomes.get(3).message());
        assertTrue(outcomes.get(4).message().startsWith("cannot start: ")
                && outcomes.get(4).message().contains("org.example.nowhere"), outcomes.get(4).message());
        assertTrue(installed(PLUGIN + ".fragment").isEmpty());
        assertTrue(installed(PLUGIN + ".needs").isEmpty(), "an unresolvable plugin does not linger");
        assertEquals(1, Arrays.stream(context.getBundles()).filter(b -> product.equals(b.getSymbolicName())).count());
    }

    @Test
    void ofTwoVersionsOfOnePluginTheNewerIsInstalled() throws Exception {
        Path folder = temp.resolve("dropins");
        TestBundles.bundle(folder.resolve("plugin-2.jar"), PLUGIN, "2.0.0");
        TestBundles.bundle(folder.resolve("plugin-10.jar"), PLUGIN, "10.0.0");
        List<DropinOutcome> outcomes = dropins.synchronize(folder);
        assertEquals(List.of(Action.INSTALLED, Action.REFUSED), actions(outcomes), outcomes.toString());
        assertEquals("superseded by plugin-10.jar in the same folder", outcomes.get(1).message());
        assertEquals("10.0.0", installed(PLUGIN).orElseThrow().getVersion().toString());
    }

    @Test
    void theProductsFolderIsDropinsInItsInstallArea() {
        assertEquals("dropins", dropins.folder().getFileName().toString());
        assertTrue(dropins.folder().isAbsolute());
    }

    private Optional<Bundle> installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    private static List<Action> actions(List<DropinOutcome> outcomes) {
        return outcomes.stream().map(DropinOutcome::action).toList();
    }
}
