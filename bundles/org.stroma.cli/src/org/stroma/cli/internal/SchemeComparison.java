package org.stroma.cli.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.SchemeDiagnostics;
import org.stroma.randomization.SchemeSimulation;
import org.stroma.randomization.SimulatedPopulation;
import org.stroma.security.RandomizationAccess;

/**
 * What {@code randomize-plan} shows: the schemes built from a study's design, each simulated on
 * the same subjects (so blocks and minimization are judged by the same strata), and the list
 * stored, if any. Printed as text or JSON; never the seed or the entries of a stored list.
 *
 * @param design          the study's design (arms, sites)
 * @param plannedSubjects subjects per simulated trial
 * @param trials          simulated trials per scheme
 * @param simulationSeed  the seed of the simulation (not of any list)
 * @param factors         what simulated subjects carry, levels drawn uniformly
 * @param schemes         the scheme to store first, then those it is compared with
 * @param diagnostics     one per scheme, in the same order
 * @param stored          the list stored from the first scheme, empty on a dry run
 */
record SchemeComparison(Study design, int plannedSubjects, int trials, long simulationSeed, List<Factor> factors,
        List<RandomizationScheme> schemes, List<SchemeDiagnostics> diagnostics,
        Optional<RandomizationAccess.ListSummary> stored) {

    /** Simulates every scheme on one population of subjects with the given factors. */
    static SchemeComparison simulate(Study design, int plannedSubjects, int trials, long simulationSeed,
            List<Factor> factors, List<RandomizationScheme> schemes) {
        SimulatedPopulation population = new SimulatedPopulation(factors, Map.<String, List<Double>>of());
        List<SchemeDiagnostics> diagnostics = new ArrayList<>();
        for (RandomizationScheme scheme : schemes) {
            diagnostics.add(SchemeSimulation.simulate(scheme, population, plannedSubjects, trials, simulationSeed));
        }
        return new SchemeComparison(design, plannedSubjects, trials, simulationSeed, factors, schemes, diagnostics,
                Optional.empty());
    }

    SchemeComparison withStored(RandomizationAccess.ListSummary list) {
        return new SchemeComparison(design, plannedSubjects, trials, simulationSeed, factors, schemes, diagnostics,
                Optional.of(list));
    }

    void print(PrintStream out) {
        out.println("Study " + design.getId() + ": arms " + design.getArms().stream()
                .map(a -> a.getCode() + " (" + a.getName() + ")").collect(Collectors.joining(", ")) + ", ratio "
                + design.getArms().stream().map(a -> String.valueOf(Math.max(1, a.getAllocationWeight())))
                        .collect(Collectors.joining(":")));
        out.println("Diagnostics: " + trials + " simulated trials of " + plannedSubjects + " subjects; "
                + factors.stream().map(f -> f.name() + " drawn uniformly from " + String.join(", ", f.levels()))
                        .collect(Collectors.joining("; "))
                + "; simulation seed " + simulationSeed);
        out.println();
        if (diagnostics.size() == 1) {
            out.print(diagnostics.get(0).describe());
        } else {
            out.print(SchemeDiagnostics.sideBySide(diagnostics));
            out.println();
            means(out, "mean imbalance in stratum", SchemeDiagnostics::meanImbalanceByStratum);
            if (factors.size() > 1) {
                out.println();
                means(out, "mean imbalance at level", SchemeDiagnostics::meanImbalanceByFactorLevel);
            }
        }
        out.println();
        if (stored.isEmpty()) {
            out.println("Dry run: no list stored.");
        } else {
            RandomizationAccess.ListSummary list = stored.get();
            out.println("Stored list " + list.listId() + " (" + list.purpose() + ") of study " + design.getId() + ": "
                    + list.description());
            out.println("Created by " + list.createdBy() + " at " + list.createdAt() + ". Its seed and entries are "
                    + "sealed; randomize reveals one subject's allocation at a time.");
        }
    }

    /** One row per stratum or level, one column per scheme, as numbered in the side-by-side table. */
    private void means(PrintStream out, String heading, Function<SchemeDiagnostics, Map<String, Double>> means) {
        List<String> headings = new ArrayList<>();
        headings.add(heading);
        boolean[] right = new boolean[diagnostics.size() + 1];
        for (int i = 0; i < diagnostics.size(); i++) {
            headings.add("[" + (i + 1) + "]");
            right[i + 1] = true;
        }
        TextTable table = new TextTable(headings, right);
        for (String key : means.apply(diagnostics.get(0)).keySet()) {
            List<String> row = new ArrayList<>();
            row.add(key);
            diagnostics.forEach(d -> row.add(number(means.apply(d).getOrDefault(key, Double.NaN))));
            table.row(row);
        }
        table.print(out, "");
    }

    /** The document of {@code --format json}. */
    String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("study", design.getId());
        List<Map<String, Object>> arms = new ArrayList<>();
        for (Arm arm : design.getArms()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("code", arm.getCode());
            member.put("name", arm.getName());
            member.put("weight", Math.max(1, arm.getAllocationWeight()));
            arms.add(member);
        }
        json.put("arms", arms);
        json.put("plannedSubjects", plannedSubjects);
        json.put("trials", trials);
        json.put("simulationSeed", simulationSeed);
        json.put("factors", factors);
        List<Map<String, Object>> compared = new ArrayList<>();
        for (int i = 0; i < schemes.size(); i++) {
            RandomizationScheme scheme = schemes.get(i);
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("method", scheme.method().token());
            member.put("summary", scheme.summary());
            member.put("listLength", scheme.listLength());
            member.put("listLengthPerStratum", scheme.method() == RandomizationMethod.STRATIFIED_BLOCKS);
            member.put("diagnostics", diagnostics.get(i));
            compared.add(member);
        }
        json.put("schemes", compared);
        json.put("dryRun", stored.isEmpty());
        json.put("stored", stored.orElse(null));
        return JsonWriter.write(json);
    }

    /** As the diagnostics write numbers: 3 decimals without trailing zeros. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
