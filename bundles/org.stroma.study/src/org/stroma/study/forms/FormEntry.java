package org.stroma.study.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemProblem;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;

/**
 * What a user has typed into an instrument's form, read as the instrument's items: the values
 * that could be read, and every problem, each naming its item, so a form can show the message
 * beside the field while the user types.
 *
 * @param values   the values read from the typed text (text that is not a value is left out)
 * @param problems what is wrong: text that is not a number, out-of-range values, missing
 *                 required items, the instrument's own rules; empty when the form can be scored
 */
public record FormEntry(ItemValues values, List<ItemProblem> problems) {

    public FormEntry {
        problems = List.copyOf(problems);
    }

    /**
     * Reads typed text per item code. Blank text leaves an item blank; numbers are written
     * with a point ({@code 61.5}); yes/no items take {@code true} or {@code false}.
     */
    public static FormEntry read(Instrument instrument, Map<String, String> typed) {
        ItemValues.Builder values = ItemValues.builder();
        List<ItemProblem> problems = new ArrayList<>();
        typed.forEach((code, raw) -> {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty()) {
                return;
            }
            Optional<ItemDefinition> item = instrument.item(code);
            if (item.isEmpty()) {
                problems.add(ItemProblem.about(instrument, code, "is not an item of this form"));
                return;
            }
            switch (item.get().type()) {
                case INTEGER, DECIMAL -> number(text).ifPresentOrElse(n -> values.put(code, n),
                        () -> problems.add(ItemProblem.about(instrument, code, "\"" + text + "\" is not a number")));
                case BOOLEAN -> values.put(code, Boolean.parseBoolean(text));
                case CHOICE -> values.put(code, text);
            }
        });
        ItemValues read = values.build();
        if (problems.isEmpty()) {
            problems.addAll(instrument.problems(read));
        } else {
            // Still show range and choice problems of the other typed items while a number is mistyped.
            List<String> mistyped = problems.stream().map(ItemProblem::code).toList();
            instrument.problems(read).stream()
                    .filter(p -> !p.code().isEmpty() && !mistyped.contains(p.code()) && !typedBlank(typed, p.code()))
                    .forEach(problems::add);
        }
        return new FormEntry(read, problems);
    }

    /** The scores, when the form can be scored. */
    public Optional<Scores> scores(Instrument instrument) {
        return problems.isEmpty() ? Optional.of(instrument.scoreValid(values)) : Optional.empty();
    }

    /** The problems of one item, in the order found. */
    public List<String> problemsOf(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).map(ItemProblem::message).toList();
    }

    /** Problems about the form as a whole rather than one item. */
    public List<String> formProblems() {
        return problemsOf("");
    }

    private static boolean typedBlank(Map<String, String> typed, String code) {
        String text = typed.get(code);
        return text == null || text.isBlank();
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) && !text.matches(".*[a-zA-Z].*") ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
