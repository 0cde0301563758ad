package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.Unit;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;

import org.stroma.cli.CommandArguments;
import org.stroma.cli.UsageException;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.QuantityKind;

/**
 * The options of one {@code stroma dose} calculation, read as amounts by the dosing bundle's
 * {@link AmountParser}. Each value is parsed with its option's name as the field, so a
 * {@link DosingInputException} from here already names the option; a missing required option is a
 * usage error.
 */
final class DoseOptions {

    private final CommandArguments arguments;
    private final AmountParser parser = new AmountParser();

    DoseOptions(CommandArguments arguments) {
        this.arguments = arguments;
    }

    Optional<String> text(String option) {
        return arguments.value(option).filter(v -> !v.isBlank());
    }

    boolean has(String option) {
        return text(option).isPresent();
    }

    String required(String option, String placeholder) {
        return arguments.required(option, placeholder);
    }

    /** An amount of one of {@code kinds}, e.g. a dose in cells/mL or cells/g. */
    Quantity<?> amount(String option, String placeholder, QuantityKind... kinds) {
        return parser.parse(option, required(option, placeholder), kinds);
    }

    /** Every value of a repeatable option, in the order given. */
    List<String> texts(String option) {
        return arguments.values(option).stream().filter(v -> !v.isBlank()).toList();
    }

    /** Parses {@code text} (part of the option's value) as a volume; the unit must be typed. */
    Quantity<Volume> volume(String option, String text) {
        return parser.volume(option, text);
    }

    /**
     * An amount of {@code kind} whose unit may be left out, e.g. {@code 1e6} for 1e6 cells/mL.
     *
     * @param unitIfOmitted the unit a bare number is in, named by the option
     */
    Optional<Quantity<?>> optionalAmount(String option, Unit<?> unitIfOmitted, QuantityKind kind) {
        return text(option).map(text -> {
            Quantity<?> amount = parser.parse(option, text, unitIfOmitted);
            if (!kind.matches(amount.getUnit())) {
                throw new DosingInputException(option, "'" + text.strip() + "' is "
                        + QuantityKind.describe(amount.getUnit()) + "; " + kind.description() + " is needed");
            }
            return amount;
        });
    }

    /** A whole number read from part of an option's value, e.g. the injections of {@code 4@0.25 mL}. */
    int wholeNumber(String option, String text, String what) {
        BigDecimal value = parser.number(option, text);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new DosingInputException(option,
                    what + " must be a whole number (got " + value.toPlainString() + ")");
        }
    }

    Optional<Quantity<?>> optionalAmount(String option, QuantityKind... kinds) {
        return text(option).map(text -> parser.parse(option, text, kinds));
    }

    Quantity<Volume> volume(String option) {
        return parser.volume(option, required(option, "VOLUME"));
    }

    Quantity<Dimensionless> cells(String option) {
        return parser.cells(option, required(option, "CELLS"));
    }

    Quantity<Time> duration(String option) {
        return parser.duration(option, required(option, "DURATION"));
    }

    BigDecimal percent(String option) {
        return parser.percent(option, required(option, "PERCENT"));
    }

    /** A percentage that has a stated default when the option is left out. */
    BigDecimal percent(String option, BigDecimal whenOmitted) {
        return text(option).map(text -> parser.percent(option, text)).orElse(whenOmitted);
    }

    /** A whole number such as a passage; decimals are refused. */
    int wholeNumber(String option, String placeholder) {
        BigDecimal value = parser.number(option, required(option, placeholder));
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new DosingInputException(option, "must be a whole number (got " + value.toPlainString() + ")");
        }
    }

    /**
     * A ratio written {@code a:b} ({@code 1:1}, {@code 1:20}); with {@code bareIsSecond}, a bare
     * number n means 1:n (a split ratio).
     */
    BigDecimal[] ratio(String option, String placeholder, boolean bareIsSecond) {
        String text = required(option, placeholder).strip();
        String[] parts = text.split(":", -1);
        if (parts.length == 1 && bareIsSecond) {
            return new BigDecimal[] {BigDecimal.ONE, parser.number(option, parts[0])};
        }
        if (parts.length != 2) {
            throw new DosingInputException(option, "'" + text + "' is not a ratio; write it as " + placeholder);
        }
        return new BigDecimal[] {parser.number(option, parts[0]), parser.number(option, parts[1])};
    }

    /** A required choice among {@code allowed}; anything else is refused, naming them. */
    String choice(String option, String placeholder, String... allowed) {
        String value = required(option, placeholder);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw new UsageException("--" + option + " must be " + String.join(" or ", allowed) + ", not '" + value + "'");
    }
}
