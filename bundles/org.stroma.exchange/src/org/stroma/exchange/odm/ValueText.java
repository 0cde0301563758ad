package org.stroma.exchange.odm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Model values as text in ODM, and back, exactly: a value read back equals the value written.
 * Numbers are plain decimals (no exponent, dot as separator); dates are calendar days, since the
 * model keeps them as midnight UTC, and a date off midnight keeps its time as an ISO instant.
 */
final class ValueText {

    private static final long DAY_MS = 86_400_000L;

    private ValueText() {
    }

    static String of(EStructuralFeature feature, Object value) {
        if (feature instanceof EReference) {
            return EcoreUtil.getID((EObject) value);
        }
        return of(((EAttribute) feature).getEAttributeType(), value);
    }

    static String of(EDataType type, Object value) {
        if (value instanceof Date date) {
            return date(date);
        }
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Float number) {
            return number(number);
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        return EcoreUtil.convertToString(type, value);
    }

    /** @throws IllegalArgumentException saying what the text should have been */
    static Object parse(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        Class<?> java = type.getInstanceClass();
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
            if (literal == null) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + eEnum.getELiterals().stream()
                        .map(EEnumLiteral::getLiteral).collect(Collectors.joining(", ")));
            }
            return literal.getInstance();
        }
        if (java == Date.class) {
            return parseDate(text);
        }
        if (java == double.class || java == Double.class) {
            return parseNumber(text);
        }
        if (java == float.class || java == Float.class) {
            return (float) parseNumber(text);
        }
        if (java == boolean.class || java == Boolean.class) {
            return parseBoolean(text);
        }
        if (java == int.class || java == Integer.class) {
            return parseWhole(text).intValueExact();
        }
        if (java == long.class || java == Long.class) {
            return parseWhole(text).longValueExact();
        }
        if (java == String.class) {
            return text;
        }
        return EcoreUtil.createFromString(type, text);
    }

    /** The ODM DataType of a feature's values. */
    static String dataType(EStructuralFeature feature) {
        if (feature instanceof EReference || feature.getEType() instanceof EEnum) {
            return "text";
        }
        Class<?> java = feature.getEType().getInstanceClass();
        if (java == Date.class) {
            return "date";
        }
        if (java == double.class || java == Double.class || java == float.class || java == Float.class) {
            return "float";
        }
        if (java == int.class || java == Integer.class || java == long.class || java == Long.class) {
            return "integer";
        }
        if (java == boolean.class || java == Boolean.class) {
            return "boolean";
        }
        return "text";
    }

    /** Plain decimal; XML Schema's NaN, INF and -INF for what is not a finite number. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "INF" : "-INF";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    static double parseNumber(String text) {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                    throw new IllegalArgumentException("'" + text + "' is not a decimal number");
                }
                yield Double.parseDouble(text);
            }
        };
    }

    static BigDecimal parseWhole(String text) {
        if (!text.matches("[+-]?\\d+")) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        return new BigDecimal(text);
    }

    static boolean parseBoolean(String text) {
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new IllegalArgumentException("'" + text + "' is not true or false");
        };
    }

    static String date(Date date) {
        long millis = date.getTime();
        if (Math.floorMod(millis, DAY_MS) == 0) {
            return LocalDate.ofEpochDay(Math.floorDiv(millis, DAY_MS)).toString();
        }
        return Instant.ofEpochMilli(millis).toString();
    }

    static Date parseDate(String text) {
        try {
            if (text.length() == 10) {
                return new Date(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
            }
            return new Date(OffsetDateTime.parse(text).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a date (yyyy-mm-dd) or an ISO 8601 date and time");
        }
    }

    /** An ISO 8601 instant in UTC, as ODM's DateTimeStamp takes it. */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 date and time with its offset");
        }
    }
}
