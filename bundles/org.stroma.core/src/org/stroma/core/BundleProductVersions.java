package org.stroma.core;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** {@link ProductVersions} read from the bundles installed in the running framework. */
@Component(service = ProductVersions.class)
public final class BundleProductVersions implements ProductVersions {

    /** User-facing name of each main component, keyed by its bundle's symbolic name. */
    private static final Map<String, String> MAIN_COMPONENTS = mainComponents();

    private final BundleContext context;

    @Activate
    public BundleProductVersions(BundleContext context) {
        this.context = context;
    }

    @Override
    public String productVersion() {
        return context.getBundle().getVersion().toString();
    }

    @Override
    public List<ComponentVersion> components() {
        Bundle[] bundles = context.getBundles();
        return MAIN_COMPONENTS.entrySet().stream()
                .flatMap(e -> versionOf(bundles, e.getKey())
                        .map(version -> new ComponentVersion(e.getValue(), e.getKey(), version)).stream())
                .toList();
    }

    private static Optional<String> versionOf(Bundle[] bundles, String symbolicName) {
        return Arrays.stream(bundles)
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .max((a, b) -> a.getVersion().compareTo(b.getVersion()))
                .map(b -> b.getVersion().toString());
    }

    private static Map<String, String> mainComponents() {
        // A LinkedHashMap keeps the order users read in About and `stroma version`.
        var components = new java.util.LinkedHashMap<String, String>();
        components.put("org.eclipse.osgi", "Eclipse Equinox (OSGi framework)");
        components.put("org.eclipse.e4.ui.workbench", "Eclipse 4 workbench");
        components.put("org.eclipse.swt", "SWT");
        components.put("org.eclipse.emf.ecore", "EMF Ecore");
        components.put("derby", "Apache Derby");
        components.put("org.eclipse.birt.report.engine", "BIRT report engine");
        components.put("org.apache.commons.commons-math3", "Apache Commons Math");
        components.put("wrapped.org.apache.commons.commons-statistics-inference", "Apache Commons Statistics");
        return java.util.Collections.unmodifiableMap(components);
    }
}
