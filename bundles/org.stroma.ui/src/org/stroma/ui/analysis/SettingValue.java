package org.stroma.ui.analysis;

import java.math.BigDecimal;

import org.stroma.analysis.api.SettingField;

/**
 * A setting as typed into its field: the value of the field's type, or why it is refused
 * ("must be a whole number", "must be between 0.5 and 0.9999"), so the refusal shows beside the
 * field it concerns. The settings record itself is then built by the analysis API's
 * {@link org.stroma.analysis.api.SettingsSchema}, which checks again.
 *
 * @param value the value, boxed, or null when refused
 * @param problem why the text is refused, or null
 */
record SettingValue(Object value, String problem) {

    static SettingValue read(SettingField field, String text) {
        String typed = text.trim();
        Class<?> type = field.type();
        if (type == String.class) return new SettingValue(text, null);
        Number number;
        try {
            if (type == int.class) number = Integer.parseInt(typed);
            else if (type == long.class) number = Long.parseLong(typed);
            else number = Double.parseDouble(typed);
        } catch (NumberFormatException e) {
            return refused(typed.isEmpty() ? "a value is needed"
                    : type == double.class ? "'" + typed + "' is not a number" : "'" + typed + "' is not a whole number");
        }
        double v = number.doubleValue();
        if (!(v >= field.min() && v <= field.max())) {
            return refused(range(field) + ", not " + typed);
        }
        return new SettingValue(number, null);
    }

    private static SettingValue refused(String problem) {
        return new SettingValue(null, problem);
    }

    /** "must be between 0.5 and 0.9999", "must be at least 100", "must be a number" and so on. */
    static String range(SettingField field) {
        boolean low = field.min() > Double.NEGATIVE_INFINITY, high = field.max() < Double.POSITIVE_INFINITY;
        if (low && high) return "must be between " + plain(field.min()) + " and " + plain(field.max());
        if (low) return "must be at least " + plain(field.min());
        if (high) return "must be at most " + plain(field.max());
        return "must be a number";
    }

    /** 100 rather than 100.0, 0.9999 rather than 9.999E-1. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    boolean isRefused() {
        return problem != null;
    }
}
