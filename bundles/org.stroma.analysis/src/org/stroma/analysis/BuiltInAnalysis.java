package org.stroma.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.InputKind;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.api.SettingsSchema;

/**
 * What every built-in analysis does around its computation: refuse input of the wrong kind and
 * settings out of range with a message, report progress, and stamp the result with id and
 * version. Subclasses implement {@link #compute} and the descriptive methods.
 *
 * @param <S> the settings record
 */
public abstract class BuiltInAnalysis<S extends Record> implements Analysis<S> {

    private final String id;
    private final int version;
    private final String name;
    private final Class<S> settingsType;
    private final Set<InputKind> inputs;

    protected BuiltInAnalysis(String id, int version, String name, Class<S> settingsType, Set<InputKind> inputs) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.settingsType = settingsType;
        this.inputs = Set.copyOf(inputs);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int version() {
        return version;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Class<S> settingsType() {
        return settingsType;
    }

    @Override
    public final Set<InputKind> inputs() {
        return inputs;
    }

    @Override
    public final AnalysisResult run(AnalysisInput input, S settings, AnalysisProgress progress) {
        Objects.requireNonNull(progress, "progress");
        if (input == null || !accepts(input)) {
            throw new AnalysisInputException(name + " needs " + inputs.stream().map(InputKind::description)
                    .sorted().collect(Collectors.joining(" or ")) + "; got " + describe(input));
        }
        SettingsSchema.of(settingsType).validate(settings);
        progress.begin(name, 1);
        progress.checkCanceled();
        AnalysisResult result = compute(input, settings, progress);
        progress.worked(1);
        return result;
    }

    /** The computation proper; input kind and settings are already checked. */
    protected abstract AnalysisResult compute(AnalysisInput input, S settings, AnalysisProgress progress);

    protected final AnalysisResult result(AnalysisInput input, S settings, DataUsed data, List<ResultTable> tables,
            List<ChartHint> charts, List<String> notes) {
        return new AnalysisResult(id, version, input, settings, data, tables, charts, notes);
    }

    private static String describe(AnalysisInput input) {
        if (input == null) return "no input";
        return switch (input) {
            case org.stroma.analysis.api.IndependentGroups g -> g.groups().size() + " independent group(s)";
            case org.stroma.analysis.api.Ratings r -> "ratings by " + r.raters().size() + " rater(s)";
            default -> input.getClass().getSimpleName();
        };
    }
}
