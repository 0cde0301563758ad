package org.stroma.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisRegistry;

/**
 * The analysis registry: every {@link Analysis} service, built-in or from a plugin, as it comes
 * and goes. Deprecated analyses and older versions stay findable by id (and version) so that
 * stored results can be re-run, but are not offered for new work.
 */
@Component(service = AnalysisRegistry.class)
public class AnalysisCatalog implements AnalysisRegistry {

    private static final Comparator<Analysis<?>> BY_ID_THEN_VERSION =
            Comparator.<Analysis<?>, String>comparing(Analysis::id).thenComparingInt(Analysis::version);

    private final List<Analysis<?>> analyses = new CopyOnWriteArrayList<>();

    public AnalysisCatalog() {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeAnalysis")
    public void addAnalysis(Analysis<?> analysis) {
        analyses.add(analysis);
    }

    public void removeAnalysis(Analysis<?> analysis) {
        analyses.remove(analysis);
    }

    @Override
    public List<Analysis<?>> analyses() {
        return analyses.stream()
                .filter(analysis -> newest(analysis.id()).orElse(null) == analysis)
                .filter(analysis -> analysis.deprecation().isEmpty())
                .sorted(BY_ID_THEN_VERSION).toList();
    }

    @Override
    public List<Analysis<?>> allAnalyses() {
        return analyses.stream().sorted(BY_ID_THEN_VERSION).toList();
    }

    @Override
    public Optional<Analysis<?>> find(String id) {
        return newest(id);
    }

    @Override
    public Optional<Analysis<?>> find(String id, int version) {
        return analyses.stream().filter(a -> a.id().equals(id) && a.version() == version).findFirst();
    }

    private Optional<Analysis<?>> newest(String id) {
        return analyses.stream().filter(analysis -> analysis.id().equals(id)).max(BY_ID_THEN_VERSION);
    }
}
