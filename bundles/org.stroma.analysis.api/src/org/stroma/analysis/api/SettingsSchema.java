package org.stroma.analysis.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The form description of a settings record, read from its {@link Setting} annotations: fields
 * to show, defaults, and range checks. Works for any record whose every component carries
 * {@link Setting}; {@link NoSettings} has no fields.
 *
 * @param <S> the settings record
 * @since 1.0
 */
public final class SettingsSchema<S extends Record> {

    private final Class<S> type;
    private final List<SettingField> fields;

    private SettingsSchema(Class<S> type, List<SettingField> fields) {
        this.type = type;
        this.fields = fields;
    }

    /**
     * @throws IllegalArgumentException if a component lacks {@link Setting}, has an unsupported
     *         type or a default that does not parse or lies outside min..max
     */
    public static <S extends Record> SettingsSchema<S> of(Class<S> type) {
        List<SettingField> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Setting setting = component.getAnnotation(Setting.class);
            if (setting == null) {
                throw new IllegalArgumentException(type.getName() + "." + component.getName() + " has no @Setting");
            }
            Class<?> componentType = component.getType();
            List<String> choices = componentType.isEnum()
                    ? Arrays.stream(componentType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                    : List.of();
            Object defaultValue = parse(componentType, setting.defaultValue(), type.getName() + "." + component.getName());
            SettingField field = new SettingField(component.getName(), componentType, setting.label(),
                    setting.description(), setting.min(), setting.max(), defaultValue, setting.unit(), choices);
            checkRange(field, defaultValue);
            fields.add(field);
        }
        return new SettingsSchema<>(type, List.copyOf(fields));
    }

    public Class<S> type() {
        return type;
    }

    public List<SettingField> fields() {
        return fields;
    }

    /** The settings with every field at its default. */
    public S defaults() {
        return create(Map.of());
    }

    /**
     * Settings from form values by field name; fields not given take their defaults. Numbers may
     * be given as any {@link Number}, other values as their type or as text.
     *
     * @throws AnalysisInputException if a value has the wrong type or lies outside its range
     */
    public S create(Map<String, ?> values) {
        Object[] arguments = new Object[fields.size()];
        for (int i = 0; i < arguments.length; i++) {
            SettingField field = fields.get(i);
            Object value = values.containsKey(field.name()) ? convert(field, values.get(field.name()))
                    : field.defaultValue();
            checkRange(field, value);
            arguments[i] = value;
        }
        try {
            Class<?>[] types = fields.stream().map(SettingField::type).toArray(Class<?>[]::new);
            Constructor<S> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    /**
     * @throws AnalysisInputException naming the first value outside its range
     */
    public void validate(S settings) {
        if (settings == null) {
            throw new AnalysisInputException("settings of type " + type.getSimpleName() + " are missing");
        }
        RecordComponent[] components = type.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            try {
                checkRange(fields.get(i), components[i].getAccessor().invoke(settings));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void checkRange(SettingField field, Object value) {
        if (value == null) {
            throw new AnalysisInputException("setting '" + field.label() + "' has no value");
        }
        if (value instanceof Number number) {
            double v = number.doubleValue();
            if (!(v >= field.min() && v <= field.max())) {
                throw new AnalysisInputException("setting '" + field.label() + "' must be between " + field.min()
                        + " and " + field.max() + ", got " + value);
            }
        }
    }

    private static Object convert(SettingField field, Object value) {
        if (value instanceof String text && field.type() != String.class) {
            return parse(field.type(), text, field.label());
        }
        Class<?> type = field.type();
        if (value instanceof Number n && type == double.class) return n.doubleValue();
        if (value instanceof Number n && type == int.class && n.doubleValue() == n.intValue()) return n.intValue();
        if (value instanceof Number n && type == long.class && n.doubleValue() == n.longValue()) return n.longValue();
        if (value instanceof Boolean && type == boolean.class) return value;
        if (type.isInstance(value)) return value;
        throw new AnalysisInputException("setting '" + field.label() + "' needs a " + type.getSimpleName() + ", got "
                + value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String text, String where) {
        try {
            if (type == double.class) return Double.parseDouble(text);
            if (type == int.class) return Integer.parseInt(text.trim());
            if (type == long.class) return Long.parseLong(text.trim());
            if (type == boolean.class) {
                if (!text.equals("true") && !text.equals("false")) throw new IllegalArgumentException(text);
                return Boolean.parseBoolean(text);
            }
            if (type == String.class) return text;
            if (type.isEnum()) return Enum.valueOf((Class<Enum>) type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new AnalysisInputException(where + ": '" + text + "' is not a valid " + type.getSimpleName());
        }
        throw new IllegalArgumentException(where + " has unsupported type " + type.getName());
    }
}
