package org.stroma.instrument.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when item values cannot be scored; carries every problem found, not just the first,
 * so a form can mark all offending fields at once.
 *
 * @since 1.0
 */
public class ItemValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
    private final List<ItemProblem> problems;

    public ItemValidationException(List<ItemProblem> problems) {
        super(messageOf(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ItemProblem> problems() {
        return problems;
    }

    private static String messageOf(List<ItemProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        return problems.stream().map(ItemProblem::message).collect(Collectors.joining("; "));
    }
}
