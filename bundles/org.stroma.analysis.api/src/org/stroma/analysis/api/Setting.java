package org.stroma.analysis.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of a settings record so that a form can be generated from it and
 * values checked before a run. Supported component types: {@code double}, {@code int},
 * {@code long}, {@code boolean}, {@link String} and enums (shown as a choice of constants).
 *
 * <pre>{@code
 * public record TTestSettings(
 *         @Setting(label = "Confidence level", min = 0.5, max = 0.9999, defaultValue = "0.95")
 *         double confidenceLevel) {}
 * }</pre>
 *
 * @since 1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Setting {

    /** Short label for the form field. */
    String label();

    /** One or two sentences shown as help. */
    String description() default "";

    /** Smallest allowed value (numbers only), inclusive. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers only), inclusive. */
    double max() default Double.POSITIVE_INFINITY;

    /** Default as text: a number, {@code true}/{@code false}, an enum constant name or a string. */
    String defaultValue();

    /** Unit shown next to the field, e.g. "%"; empty when none. */
    String unit() default "";
}
