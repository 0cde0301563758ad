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
 * and positional words. Parsing refuses unknown options, so a typo never passes silently.
 */
public final class CommandArguments {

    private final Map<String, String> values;
    private final Set<String> flags;
    private final List<String> positional;

    private CommandArguments(Map<String, String> values, Set<String> flags, List<String> positional) {
        this.values = Collections.unmodifiableMap(values);
        this.flags = Collections.unmodifiableSet(flags);
        this.positional = List.copyOf(positional);
    }

    /** Parses {@code args} for a command accepting the given options. */
    public static CommandArguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
        Map<String, String> values = new LinkedHashMap<>();
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
                if (values.putIfAbsent(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new CommandArguments(values, flags, positional);
    }

    public Optional<String> value(String option) {
        return Optional.ofNullable(values.get(option));
    }

    /** The value of a required option, refused with a usage error when it is missing or blank. */
    public String required(String option, String placeholder) {
        String value = values.get(option);
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
