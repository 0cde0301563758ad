package org.stroma.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stroma.cli.CommandArguments;
import org.stroma.cli.UsageException;
import org.stroma.model.study.Study;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.study.StudySchemes;

/**
 * Option parsing shared by the randomization commands: methods, factors, whole numbers in a
 * range and output formats. Everything here is a usage error (exit 2) when wrong, found before
 * anyone signs in.
 */
final class RandomizationOptions {

    /** The factor stratified blocks and minimization use, and simulated subjects carry, when none is named. */
    static final String DEFAULT_FACTOR = "site";

    private RandomizationOptions() {
    }

    /** A factor as typed: {@code site}, {@code sex:2}, {@code subtype=limited|diffuse}, {@code subtype=a|b:0.5}. */
    record FactorOption(String name, List<String> levels, double weight) {

        /** The factor with its levels from the study's design unless they were typed. */
        Factor in(Study design) {
            try {
                return StudySchemes.factor(design, name, weight, levels);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--factor " + name + ": " + e.getMessage());
            }
        }
    }

    static RandomizationMethod method(String option, String text) {
        try {
            return RandomizationMethod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + ": " + e.getMessage());
        }
    }

    /** Every {@code --factor}, or {@value #DEFAULT_FACTOR} alone when none is given; a name at most once. */
    static List<FactorOption> factors(CommandArguments arguments) {
        List<String> given = arguments.values("factor");
        List<FactorOption> factors = new ArrayList<>();
        for (String text : given.isEmpty() ? List.of(DEFAULT_FACTOR) : given) {
            FactorOption factor = factor(text);
            if (factors.stream().anyMatch(f -> f.name().equals(factor.name()))) {
                throw new UsageException("--factor " + factor.name() + " is given twice");
            }
            factors.add(factor);
        }
        return List.copyOf(factors);
    }

    static FactorOption factor(String text) {
        String rest = text.strip();
        double weight = 1.0;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            weight = decimal("factor " + rest.substring(0, colon) + " weight", rest.substring(colon + 1));
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new UsageException("--factor " + text + ": the weight must be a number above 0");
            }
            rest = rest.substring(0, colon);
        }
        List<String> levels = List.of();
        int equals = rest.indexOf('=');
        if (equals >= 0) {
            levels = List.of(rest.substring(equals + 1).split("\\|", -1)).stream().map(String::strip).toList();
            rest = rest.substring(0, equals);
            if (levels.stream().anyMatch(String::isEmpty)) {
                throw new UsageException("--factor " + text + ": levels are written NAME=LEVEL|LEVEL|...");
            }
        }
        String name = rest.strip();
        if (name.isEmpty()) {
            throw new UsageException("--factor takes NAME, NAME:WEIGHT or NAME=LEVEL|LEVEL..., not '" + text + "'");
        }
        return new FactorOption(name, levels, weight);
    }

    /** A comma-separated list of whole numbers, e.g. {@code --blocks 1,2}. */
    static List<Integer> wholeNumbers(String option, String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            numbers.add(whole(option, part.strip(), 1, 100));
        }
        return List.copyOf(numbers);
    }

    /** The value of {@code --option}, a whole number from {@code min} to {@code max}. */
    static int whole(String option, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new UsageException("--" + option + " must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    static double decimal(String what, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number, not '" + text + "'");
        }
    }

    /**
     * Whether {@code --format} asks for JSON.
     *
     * @param plain the name of the default, human-readable format ({@code table} or {@code text})
     */
    static boolean json(CommandArguments arguments, String plain) {
        String format = arguments.value("format").orElse(plain);
        if (format.toLowerCase(Locale.ROOT).equals("json")) {
            return true;
        }
        if (format.toLowerCase(Locale.ROOT).equals(plain)) {
            return false;
        }
        throw new UsageException("--format must be " + plain + " or json, not '" + format + "'");
    }
}
