package org.stroma.analysis.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A statistical analysis, registered as an OSGi service of this type (ChemClipse-style
 * supplier: id, name, description, settings and literature).
 *
 * <p>Contract for implementers:
 * <ul>
 * <li>{@link #run} is a pure function of input and settings: the same input and equal settings
 * give an {@linkplain AnalysisResult#equals equal} result. An analysis that draws random
 * numbers takes a {@code long seed} setting and seeds its generator from it.</li>
 * <li>Input the method cannot handle is refused with an {@link AnalysisInputException} whose
 * message names what is wrong (which group, which subject, which value).</li>
 * <li>A changed computation raises {@link #version()}; a different method gets a new
 * {@link #id()} and the old one is {@linkplain #deprecation() deprecated}, never removed.</li>
 * </ul>
 *
 * @param <S> the settings record; its components carry {@link Setting}
 * @since 1.0
 */
@ConsumerType
public interface Analysis<S extends Record> {

    /** Stable identifier, e.g. {@code "stroma.anova.one-way-tukey"}; never reused. */
    String id();

    /** Version of the computation; raised whenever results could change. */
    int version();

    /** Name shown to users, e.g. "One-way ANOVA with Tukey HSD". */
    String name();

    /** What the analysis computes, its assumptions and the methodological choices made. */
    String description();

    /** Literature the method follows. */
    List<LiteratureReference> references();

    /**
     * The settings record: public, every component annotated with {@link Setting};
     * {@link SettingsSchema#of} turns it into a form description.
     */
    Class<S> settingsType();

    /** The kinds of input this analysis accepts. */
    Set<InputKind> inputs();

    /**
     * Runs the analysis.
     *
     * @throws AnalysisInputException if the input or settings cannot be analysed
     * @throws AnalysisCanceledException if {@code progress} asked to stop
     */
    AnalysisResult run(AnalysisInput input, S settings, AnalysisProgress progress);

    /** Present when this analysis is kept only so that stored results can be re-run. */
    default Optional<Deprecation> deprecation() {
        return Optional.empty();
    }

    /** The settings every {@link Setting#defaultValue()} describes. */
    default S defaultSettings() {
        return SettingsSchema.of(settingsType()).defaults();
    }

    /** Whether {@link #run} accepts this input's kind (values may still be refused). */
    default boolean accepts(AnalysisInput input) {
        return inputs().stream().anyMatch(kind -> kind.matches(input));
    }

    /**
     * {@link #run} for callers that hold settings as a plain {@link Record}, such as a generated
     * form or a stored result.
     *
     * @throws AnalysisInputException if the settings are not of {@link #settingsType()}
     */
    default AnalysisResult runWith(AnalysisInput input, Record settings, AnalysisProgress progress) {
        if (!settingsType().isInstance(settings)) {
            throw new AnalysisInputException(id() + " needs settings of type " + settingsType().getName()
                    + ", got " + (settings == null ? "none" : settings.getClass().getName()));
        }
        return run(input, settingsType().cast(settings), progress);
    }
}
