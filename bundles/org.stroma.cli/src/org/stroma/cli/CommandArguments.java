package org.stroma.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments after parsing: {@code --name value} options, {@code --flag} switches
 * and positional words. Parsing refuses unknown options, so a typo never passes silently, and an
 * option given twice unless the command lets it repeat.
 */
public final class CommandArguments {

    private final Map<String, List<String>> values;
    private final Set<String> flags;
    private final List<String> positional;

    private CommandArguments(Map<String, List<String>> values, Set<String> flags, List<String> positional) {
        this.values = Collections.unmodifiableMap(values);
        this.flags = Collections.unmodifiableSet(flags);
        this.positional = List.copyOf(positional);
    }

    /** Parses {@code args} for a command accepting the given options, each at most once. */
    public static CommandArguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
        return parse(args, valueOptions, flagOptions, Set.of());
    }

    /**
     * Parses {@code args} for a command accepting the given options; those of {@code repeatable}
     * (value options too) may be given more than once.
     *
     * @since 0.1
     */
    public static CommandArguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions,
            Set<String> repeatable) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String inlineValue = null;
            int equals = name.indexOf('=');
            if (equals > 0) {
                inlineValue = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flagOptions.contains(name) && inlineValue == null) {
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                List<String> given = values.computeIfAbsent(name, n -> new ArrayList<>());
                if (!given.isEmpty() && !repeatable.contains(name)) {
                    throw new UsageException("option --" + name + " is given twice");
                }
                given.add(value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new CommandArguments(values, flags, positional);
    }

    public Optional<String> value(String option) {
        return values(option).stream().findFirst();
    }

    /** Every value of a repeatable option, in the order given; empty when it is not given. */
    public List<String> values(String option) {
        return List.copyOf(values.getOrDefault(option, List.of()));
    }

    /** The value of a required option, refused with a usage error when it is missing or blank. */
    public String required(String option, String placeholder) {
        String value = value(option).orElse(null);
        if (value == null || value.isBlank()) {
            throw new UsageException("missing --" + option + " " + placeholder);
        }
        return value;
    }

    /** A required option naming a file or folder. */
    public Path requiredPath(String option, String placeholder) {
        try {
            return Path.of(required(option, placeholder));
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("--" + option + " is not a valid path: " + e.getMessage());
        }
    }

    public boolean flag(String option) {
        return flags.contains(option);
    }

    public List<String> positional() {
        return positional;
    }

    /** Refuses positional words for commands that take none. */
    public CommandArguments noPositional() {
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'");
        }
        return this;
    }
}
