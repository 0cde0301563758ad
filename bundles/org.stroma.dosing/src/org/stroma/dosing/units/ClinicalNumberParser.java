package org.stroma.dosing.units;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.stroma.dosing.DosingInputException;

/**
 * Reads numbers the way clinicians write them, strictly.
 *
 * <p>Accepted: plain decimals with a point ({@code 500000}, {@code 0.25}); E notation
 * ({@code 5e5}, {@code 5E5}, {@code 2.5e-3}); times ten to a power with {@code x}, {@code X},
 * {@code ×}, {@code *} or {@code ·}, spaces optional, the power after {@code ^} or in
 * superscript digits ({@code 5 x 10^5}, {@code 5x10^5}, {@code 5 × 10^5}, {@code 5×10⁵},
 * {@code 2×10⁻³}); a bare power ({@code 10^6}, {@code 10⁶}); a leading sign, so that a negative
 * amount is refused for what it is rather than as unreadable.
 *
 * <p>Refused, each with its own reason: commas of any kind ({@code 500,000} reads as five hundred
 * thousand in English but as 500 where the comma is the decimal separator, so it is ambiguous on
 * an international study laptop); digit groups split by spaces ({@code 500 000}); a naked
 * decimal point ({@code .5}) or a trailing one ({@code 5.}), both known causes of tenfold
 * errors; powers beyond 10^±30; anything else that is not one whole number.
 *
 * @since 0.1
 */
public final class ClinicalNumberParser {

    /** The largest power of ten accepted; beyond it the input is a typing error. */
    public static final int MAX_EXPONENT = 30;

    private static final String SIGN = "[+\\-\u2212]";
    private static final String SUPERSCRIPT_DIGIT = "[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]";
    private static final String SUPERSCRIPT_SIGN = "[\u207A\u207B]";
    private static final String TIMES = "\\s*[xX\u00D7*\u00B7\u22C5]\\s*";

    private static final Pattern NUMBER = Pattern.compile("(?<sign>" + SIGN + ")?(?:"
            + power("bare") + "|(?<mantissa>[0-9]+(?:\\.[0-9]+)?)(?:[eE](?<e>" + SIGN + "?[0-9]+)|" + TIMES
            + power("times") + ")?)");
    private static final Pattern LEADING_POINT = Pattern.compile("(^|[^0-9])\\.[0-9]");
    private static final Pattern TRAILING_POINT = Pattern.compile("[0-9]\\.(?![0-9])");

    private static String power(String name) {
        return "10(?:\\^(?<" + name + "Caret>" + SIGN + "?[0-9]+)|(?<" + name + "Super>" + SUPERSCRIPT_SIGN + "?"
                + SUPERSCRIPT_DIGIT + "+))";
    }

    /** A number read from the start of a text, and what follows it (a unit, usually). */
    record Leading(BigDecimal value, String rest) {
    }

    /**
     * Parses text that must be one number and nothing else.
     *
     * @param field names the field in the refusal
     * @throws DosingInputException if the text is not one number in an accepted form
     */
    public BigDecimal parse(String field, String text) {
        Leading leading = parseLeading(field, text);
        if (!leading.rest().isEmpty()) {
            throw refusal(field, text, leading.rest());
        }
        return leading.value();
    }

    /** Reads the number at the start of {@code text}; the rest is returned trimmed. */
    Leading parseLeading(String field, String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            throw new DosingInputException(field, "is empty; a number is needed");
        }
        if (normalised.indexOf(',') >= 0) {
            throw new DosingInputException(field, "'" + text + "' contains a comma, which is ambiguous (500,000 or 500.000?);"
                    + " write 500000 or 5 x 10^5, and a point for decimals (0.5)");
        }
        if (LEADING_POINT.matcher(normalised).find()) {
            throw new DosingInputException(field, "'" + text + "' has no digit before the decimal point; write 0.5, not .5");
        }
        if (TRAILING_POINT.matcher(normalised).find()) {
            throw new DosingInputException(field, "'" + text + "' ends a number with a decimal point; write 5, not 5.");
        }
        Matcher m = NUMBER.matcher(normalised);
        if (!m.lookingAt()) {
            throw new DosingInputException(field, "'" + text + "' is not a number; write e.g. 500000, 5e5 or 5 x 10^5");
        }
        BigDecimal mantissa = m.group("mantissa") == null ? BigDecimal.ONE : new BigDecimal(m.group("mantissa"));
        int exponent = exponent(field, text, m);
        BigDecimal value = mantissa.scaleByPowerOfTen(exponent);
        if (m.group("sign") != null && !m.group("sign").equals("+")) {
            value = value.negate();
        }
        String rest = normalised.substring(m.end()).strip();
        if (!rest.isEmpty() && (Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '.')) {
            throw new DosingInputException(field, "'" + text + "' is not one number; write it without spaces"
                    + " between digit groups (500000 or 5 x 10^5)");
        }
        return new Leading(value, rest);
    }

    private static int exponent(String field, String text, Matcher m) {
        String written = first(m.group("e"), m.group("bareCaret"), m.group("timesCaret"),
                fromSuperscript(m.group("bareSuper")), fromSuperscript(m.group("timesSuper")));
        if (written == null) {
            return 0;
        }
        String digits = written.replace('\u2212', '-');
        String magnitude = digits.replaceFirst("^[+-]", "");
        if (magnitude.length() > 3 || Math.abs(Integer.parseInt(digits)) > MAX_EXPONENT) {
            throw new DosingInputException(field, "'" + text + "' has a power of ten beyond 10^" + MAX_EXPONENT
                    + "; check the exponent");
        }
        return Integer.parseInt(digits);
    }

    private static String fromSuperscript(String superscript) {
        if (superscript == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        for (char c : superscript.toCharArray()) {
            plain.append(switch (c) {
                case '\u207A' -> '+';
                case '\u207B' -> '-';
                case '\u00B9' -> '1';
                case '\u00B2' -> '2';
                case '\u00B3' -> '3';
                default -> (char) ('0' + (c - '\u2070'));
            });
        }
        return plain.toString();
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // no-break and thin spaces come in when text is pasted from documents
        return text.replaceAll("[\u00A0\u2007\u2009\u202F]", " ").strip();
    }

    private static DosingInputException refusal(String field, String text, String rest) {
        return new DosingInputException(field, "'" + text + "' is not a plain number ('" + rest + "' follows it)");
    }
}
