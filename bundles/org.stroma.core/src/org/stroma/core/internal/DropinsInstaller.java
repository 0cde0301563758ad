package org.stroma.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.stroma.core.DropinOutcome;
import org.stroma.core.DropinOutcome.Action;
import org.stroma.core.PluginDropins;
import org.stroma.core.PluginJar;

/**
 * Installs the plugin jars of the dropins folder when the framework starts (an immediate
 * component, so it runs before the workbench or a command looks for analyses). Bundles are
 * installed from a stream: the framework keeps its own copy, so the jar is never locked and can
 * be replaced or deleted while the product runs, also on Windows. Their locations start with
 * {@code dropins:} and the folder's URI, which is how a later start finds what it installed.
 */
@Component(service = PluginDropins.class, immediate = true)
public final class DropinsInstaller implements PluginDropins {

    private static final Logger LOG = System.getLogger("org.stroma.core.dropins");
    private static final String LOCATION_SCHEME = "dropins:";
    private static final long REFRESH_TIMEOUT_SECONDS = 30;

    private BundleContext context;

    @Activate
    void activate(BundleContext bundleContext) {
        this.context = bundleContext;
        Path folder = folder();
        LOG.log(Level.DEBUG, "dropins folder {0}", folder);
        try {
            synchronize(folder);
        } catch (RuntimeException e) {
            // A broken plugin folder must not keep the product from starting.
            LOG.log(Level.ERROR, "cannot install the plugins of " + folder, e);
        }
    }

    @Override
    public Path folder() {
        String configured = context.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            // "@user.home" as in the product's osgi.instance.area.default, e.g. @user.home/Stroma Workbench/dropins
            String folder = configured.trim().replace("@user.home", System.getProperty("user.home"));
            return Path.of(folder).toAbsolutePath().normalize();
        }
        String installArea = context.getProperty("osgi.install.area");
        Path root = installArea == null ? Path.of(System.getProperty("user.dir")) : toPath(installArea);
        return root.resolve("dropins").toAbsolutePath().normalize();
    }

    @Override
    public synchronized List<DropinOutcome> synchronize(Path folder) {
        String prefix = locationPrefix(folder);
        Map<String, Bundle> installed = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(prefix)) installed.put(bundle.getLocation(), bundle);
        }
        List<DropinOutcome> outcomes = new ArrayList<>();
        Map<String, PluginJar> wanted = new LinkedHashMap<>();
        for (Path file : DropinJars.jars(folder)) {
            try {
                PluginJar jar = check(PluginJar.read(file));
                PluginJar other = wanted.get(jar.symbolicName());
                if (other != null && Version.parseVersion(other.version()).compareTo(Version.parseVersion(jar.version())) >= 0) {
                    outcomes.add(refused(jar, "superseded by " + other.file().getFileName() + " in the same folder"));
                } else {
                    if (other != null) outcomes.add(refused(other, "superseded by " + file.getFileName() + " in the same folder"));
                    wanted.put(jar.symbolicName(), jar);
                }
            } catch (IllegalArgumentException e) {
                outcomes.add(new DropinOutcome(file, "", "", Action.REFUSED, e.getMessage()));
            }
        }
        List<Bundle> changed = new ArrayList<>();
        Map<Bundle, DropinOutcome> toStart = new LinkedHashMap<>();
        for (PluginJar jar : wanted.values()) {
            String location = prefix + jar.file().getFileName();
            Bundle bundle = installed.remove(location);
            try (InputStream content = Files.newInputStream(jar.file())) {
                Action action;
                if (bundle == null) {
                    bundle = context.installBundle(location, content);
                    action = Action.INSTALLED;
                } else if (!bundle.getVersion().toString().equals(jar.version())
                        || Files.getLastModifiedTime(jar.file()).toMillis() > bundle.getLastModified()) {
                    bundle.update(content);
                    changed.add(bundle);
                    action = Action.UPDATED;
                } else {
                    action = Action.UNCHANGED;
                }
                toStart.put(bundle, new DropinOutcome(jar.file(), jar.symbolicName(), jar.version(), action, ""));
            } catch (IOException | BundleException | IllegalStateException e) {
                outcomes.add(refused(jar, "cannot install: " + oneLine(e)));
            }
        }
        for (Bundle gone : installed.values()) {
            try {
                gone.uninstall();
                changed.add(gone);
                outcomes.add(new DropinOutcome(fileOf(gone, prefix, folder), gone.getSymbolicName(),
                        gone.getVersion().toString(), Action.REMOVED, ""));
            } catch (BundleException e) {
                LOG.log(Level.WARNING, "cannot uninstall " + gone.getLocation() + ": " + oneLine(e));
            }
        }
        refresh(changed);
        toStart.forEach((bundle, outcome) -> outcomes.add(start(bundle, outcome)));
        outcomes.sort(Comparator.comparing(o -> o.file().getFileName().toString()));
        outcomes.forEach(DropinsInstaller::log);
        return outcomes;
    }

    @Override
    public synchronized List<DropinOutcome> add(Path jarFile, Path folder) {
        PluginJar jar = check(PluginJar.read(jarFile));
        Path target = folder.resolve(jar.canonicalFileName());
        List<Path> replaced = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(jar.canonicalFileName() + ".partial");
            Files.copy(jarFile, partial, StandardCopyOption.REPLACE_EXISTING);
            for (Path existing : DropinJars.jars(folder)) {
                if (DropinJars.sameBundle(existing, jar)) {
                    Files.move(existing, DropinJars.aside(existing), StandardCopyOption.REPLACE_EXISTING);
                    replaced.add(existing);
                }
            }
            DropinJars.move(partial, target);
        } catch (IOException e) {
            DropinJars.restore(replaced);
            throw new IllegalArgumentException("cannot copy " + jarFile + " into " + folder + ": " + oneLine(e));
        }
        List<DropinOutcome> outcomes = synchronize(folder);
        boolean refused = outcomes.stream().anyMatch(o -> o.file().equals(target) && o.action() == Action.REFUSED);
        try {
            if (refused) {
                // All or nothing: the folder and the running plugins return to what they were.
                Files.deleteIfExists(target);
                DropinJars.restore(replaced);
                synchronize(folder);
            } else {
                for (Path old : replaced) Files.deleteIfExists(DropinJars.aside(old));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot tidy the dropins folder " + folder + ": " + oneLine(e));
        }
        return outcomes;
    }

    /** Refuses fragments and bundles that would stand beside or replace one of the product's own. */
    private PluginJar check(PluginJar jar) {
        if (jar.isFragment()) {
            throw new IllegalArgumentException("it is a fragment of " + jar.fragmentHost()
                    + "; only plugin bundles are accepted, fragments could change the product's own bundles");
        }
        for (Bundle bundle : context.getBundles()) {
            if (jar.symbolicName().equals(bundle.getSymbolicName()) && !bundle.getLocation().startsWith(LOCATION_SCHEME)) {
                throw new IllegalArgumentException(jar.symbolicName() + " is part of the product; a plugin cannot replace it");
            }
        }
        return jar;
    }

    private DropinOutcome start(Bundle bundle, DropinOutcome outcome) {
        try {
            bundle.start();
            return outcome;
        } catch (BundleException | IllegalStateException e) {
            try {
                bundle.uninstall(); // keeps an unresolvable plugin from lingering; it is retried at the next start
            } catch (BundleException ignored) {
                // The refusal below is what the user needs to know.
            }
            return new DropinOutcome(outcome.file(), outcome.symbolicName(), outcome.version(), Action.REFUSED,
                    "cannot start: " + oneLine(e));
        }
    }

    private void refresh(List<Bundle> bundles) {
        if (bundles.isEmpty()) return;
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(bundles, (FrameworkEvent event) -> done.countDown());
        try {
            if (!done.await(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.log(Level.WARNING, "refreshing the plugins of the dropins folder did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DropinOutcome refused(PluginJar jar, String why) {
        return new DropinOutcome(jar.file(), jar.symbolicName(), jar.version(), Action.REFUSED, why);
    }

    private static void log(DropinOutcome outcome) {
        Level level = switch (outcome.action()) {
            case REFUSED -> Level.WARNING;
            case UNCHANGED -> Level.DEBUG;
            default -> Level.INFO;
        };
        LOG.log(level, outcome.describe());
    }

    static String locationPrefix(Path folder) {
        String uri = folder.toAbsolutePath().normalize().toUri().toString();
        return LOCATION_SCHEME + (uri.endsWith("/") ? uri : uri + "/");
    }

    private static Path fileOf(Bundle bundle, String prefix, Path folder) {
        return folder.resolve(bundle.getLocation().substring(prefix.length()));
    }

    /** The install area as a path; Equinox gives it as a URL that may hold unencoded spaces. */
    static Path toPath(String url) {
        try {
            return Path.of(new URI(url.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // e.g. a '%' in a folder name: take the path as written, without the slash before a drive letter
            String path = url.startsWith("file:") ? url.substring("file:".length()) : url;
            return Path.of(path.matches("/+[A-Za-z]:.*") ? path.replaceFirst("^/+", "") : path);
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
