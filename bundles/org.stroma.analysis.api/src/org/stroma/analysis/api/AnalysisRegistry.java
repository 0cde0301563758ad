package org.stroma.analysis.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The analyses available in the running workbench, built-in and contributed alike.
 *
 * @since 1.0
 */
@ProviderType
public interface AnalysisRegistry {

    /** Analyses offered for new work: not deprecated, newest version of each id, ordered by id. */
    List<Analysis<?>> analyses();

    /** Every registered analysis, deprecated ones and older versions included, ordered by id and version. */
    List<Analysis<?>> allAnalyses();

    /** The newest version registered under this id, deprecated or not. */
    Optional<Analysis<?>> find(String id);

    /** Exactly this id and version, deprecated or not: what a stored result names. */
    Optional<Analysis<?>> find(String id, int version);

    /** Analyses offered for new work that accept this input's kind. */
    default List<Analysis<?>> accepting(AnalysisInput input) {
        return analyses().stream().filter(analysis -> analysis.accepts(input)).toList();
    }

    /**
     * Runs the analysis version that produced {@code previous} again on its input and settings;
     * the result equals {@code previous} when nothing has changed.
     *
     * @throws AnalysisInputException if that id and version is not registered
     */
    default AnalysisResult rerun(AnalysisResult previous, AnalysisProgress progress) {
        Analysis<?> analysis = find(previous.analysisId(), previous.analysisVersion())
                .orElseThrow(() -> new AnalysisInputException("analysis " + previous.analysisId()
                        + " version " + previous.analysisVersion() + " is not installed"));
        return analysis.runWith(previous.input(), previous.settings(), progress);
    }
}
