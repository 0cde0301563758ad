package org.stroma.analysis.api;

import java.util.List;

/**
 * One form field generated from a settings record component.
 *
 * @param name the record component name
 * @param type the component type
 * @param label {@link Setting#label()}
 * @param description {@link Setting#description()}
 * @param min smallest allowed number
 * @param max largest allowed number
 * @param defaultValue the parsed default, of {@code type} (boxed)
 * @param unit {@link Setting#unit()}
 * @param choices enum constant names, in declaration order; empty for other types
 * @since 1.0
 */
public record SettingField(String name, Class<?> type, String label, String description, double min, double max,
        Object defaultValue, String unit, List<String> choices) {

    public SettingField {
        choices = List.copyOf(choices);
    }

    public boolean isNumber() {
        return type == double.class || type == int.class || type == long.class;
    }

    public boolean isChoice() {
        return type.isEnum();
    }
}
