package org.stroma.randomization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The stored text form of a plan: one {@code key=value} line per field, lists separated by
 * commas, factors as {@code factor.N=name:level|level;weight=w}. Doubles are written with
 * {@link Double#toString(double)} so that they read back exactly.
 */
final class PlanText {

    private static final String VERSION = "algorithm.version";
    private static final String METHOD = "method";
    private static final String SEED = "seed";
    private static final String ARMS = "arms";
    private static final String MULTIPLES = "block.multiples";
    private static final String FACTOR = "factor.";
    private static final String PROBABILITY = "preferred.arm.probability";
    private static final String LENGTH = "list.length";
    private static final List<String> REQUIRED = List.of(VERSION, METHOD, SEED, ARMS, MULTIPLES, PROBABILITY, LENGTH);

    private PlanText() {
    }

    static String write(RandomizationPlan plan) {
        RandomizationScheme scheme = plan.scheme();
        StringBuilder text = new StringBuilder();
        line(text, VERSION, String.valueOf(plan.algorithmVersion()));
        line(text, METHOD, scheme.method().token());
        line(text, SEED, plan.seed().hex());
        line(text, ARMS, scheme.arms().stream().map(a -> a.armId() + ":" + a.weight()).collect(Collectors.joining(",")));
        line(text, MULTIPLES, scheme.blockMultiples().stream().map(String::valueOf).collect(Collectors.joining(",")));
        for (int i = 0; i < scheme.factors().size(); i++) {
            Factor factor = scheme.factors().get(i);
            line(text, FACTOR + (i + 1), factor.name() + ":" + String.join("|", factor.levels()) + ";weight="
                    + Double.toString(factor.weight()));
        }
        line(text, PROBABILITY, Double.toString(scheme.preferredArmProbability()));
        line(text, LENGTH, String.valueOf(scheme.listLength()));
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(value).append('\n');
    }

    static RandomizationPlan read(String text) {
        if (text == null) {
            throw new IllegalArgumentException("plan text is missing");
        }
        Map<String, Line> fields = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].strip();
            if (raw.isEmpty() || raw.startsWith("#")) {
                continue;
            }
            Line line = new Line(i + 1, raw);
            int equals = raw.indexOf('=');
            if (equals < 1) {
                throw line.error("expected key=value");
            }
            String key = raw.substring(0, equals);
            if (!REQUIRED.contains(key) && !key.matches("factor\\.[1-9][0-9]*")) {
                throw line.error("unknown key '" + key + "'");
            }
            if (fields.put(key, line.withValue(raw.substring(equals + 1))) != null) {
                throw line.error("'" + key + "' is given twice");
            }
        }
        for (String key : REQUIRED) {
            if (!fields.containsKey(key)) {
                throw new IllegalArgumentException("plan text has no '" + key + "' line");
            }
        }
        Line version = fields.get(VERSION);
        Line method = fields.get(METHOD);
        Line seed = fields.get(SEED);
        Line probability = fields.get(PROBABILITY);
        Line length = fields.get(LENGTH);
        int algorithmVersion = version.parse(() -> Integer.valueOf(version.value()));
        RandomizationMethod randomizationMethod = method.parse(() -> RandomizationMethod.parse(method.value()));
        Seed planSeed = seed.parse(() -> Seed.parse(seed.value()));
        List<ArmRatio> arms = arms(fields.get(ARMS));
        List<Integer> multiples = multiples(fields.get(MULTIPLES));
        List<Factor> factors = factors(fields);
        double preferred = probability.parse(() -> Double.valueOf(probability.value()));
        int listLength = length.parse(() -> Integer.valueOf(length.value()));
        RandomizationScheme scheme;
        try {
            // each line read well; what is left is a scheme that does not hold together
            scheme = new RandomizationScheme(randomizationMethod, arms, multiples, factors, preferred, listLength);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plan text: " + e.getMessage(), e);
        }
        return version.parse(() -> new RandomizationPlan(scheme, planSeed, algorithmVersion));
    }

    private static List<ArmRatio> arms(Line line) {
        return line.parse(() -> {
            List<ArmRatio> arms = new ArrayList<>();
            for (String arm : items(line.value(), ",")) {
                int colon = arm.lastIndexOf(':');
                if (colon < 0) {
                    throw new IllegalArgumentException("arm '" + arm + "' should be id:weight");
                }
                arms.add(new ArmRatio(arm.substring(0, colon), Integer.parseInt(arm.substring(colon + 1))));
            }
            return arms;
        });
    }

    private static List<Integer> multiples(Line line) {
        return line.parse(() -> items(line.value(), ",").stream().map(Integer::valueOf).toList());
    }

    private static List<Factor> factors(Map<String, Line> fields) {
        List<Factor> factors = new ArrayList<>();
        for (int n = 1; fields.containsKey(FACTOR + n); n++) {
            Line line = fields.get(FACTOR + n);
            factors.add(line.parse(() -> {
                String[] nameAndRest = line.value().split(":", 2);
                String[] levelsAndWeight = nameAndRest.length == 2 ? nameAndRest[1].split(";weight=", 2) : new String[0];
                if (levelsAndWeight.length != 2) {
                    throw new IllegalArgumentException("factor should be name:level|level;weight=w");
                }
                return new Factor(nameAndRest[0], items(levelsAndWeight[0], "\\|"),
                        Double.parseDouble(levelsAndWeight[1]));
            }));
        }
        long given = fields.keySet().stream().filter(k -> k.startsWith(FACTOR)).count();
        if (given != factors.size()) {
            throw new IllegalArgumentException("factor lines must be numbered 1, 2, 3 ... without gaps");
        }
        return factors;
    }

    private static List<String> items(String value, String separator) {
        return value.isEmpty() ? List.<String>of() : List.of(value.split(separator, -1));
    }

    /** A line of the text, so that every refusal names it. */
    private record Line(int number, String text, String value) {

        Line(int number, String text) {
            this(number, text, null);
        }

        Line withValue(String fieldValue) {
            return new Line(number, text, fieldValue);
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException("plan text line " + number + " '" + text + "': " + problem);
        }

        <T> T parse(Supplier<T> parser) {
            try {
                return parser.get();
            } catch (IllegalArgumentException e) {
                IllegalArgumentException refusal = error(e.getMessage());
                refusal.initCause(e);
                throw refusal;
            }
        }
    }
}
