package org.stroma.instrument.api;

import java.util.List;
import java.util.Optional;

/**
 * A clinical instrument (questionnaire, clinician score or measurement) that turns the
 * items of one form into scores. Providers register as OSGi services of this type.
 *
 * <p>An instrument only states its items and its scoring rule: {@link #validate} checks
 * types, ranges, choices, unknown and missing items for every instrument alike, so that a
 * rule never sees a value it was not written for. A changed scoring rule gets a new
 * {@link #version()}; a different instrument gets a new {@link #id()}, so stored scores stay
 * explainable.
 *
 * @since 1.0
 */
public interface Instrument {

    /** Stable identifier, e.g. {@code "mrss"}; never reused for another instrument. */
    String id();

    /** Version of the items and scoring rule; raised whenever either changes. */
    int version();

    /** Full name, e.g. "Modified Rodnan skin score". */
    String name();

    /** The abbreviation clinicians use, e.g. "mRSS"; it starts every problem message. */
    default String shortName() {
        return name();
    }

    /** What the instrument measures and the scoring decisions taken here. */
    String description();

    /** Literature the items and scoring follow. */
    List<String> references();

    List<ItemDefinition> items();

    List<ScoreDefinition> scores();

    default Optional<ItemDefinition> item(String code) {
        return items().stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /**
     * Everything wrong with these values: the generic checks first and, only when those
     * pass, the instrument's own {@link #ruleProblems rules}. Empty when the values can be scored.
     */
    default List<ItemProblem> problems(ItemValues values) {
        List<ItemProblem> problems = ItemChecks.problems(this, values);
        return problems.isEmpty() ? ruleProblems(values) : problems;
    }

    /**
     * Checks that involve more than one item or depend on another item's value (a diary's
     * scale, "at least one hand"). Called only with values that passed the generic checks.
     */
    default List<ItemProblem> ruleProblems(ItemValues values) {
        return List.of();
    }

    /** @throws ItemValidationException listing every problem, if there is any */
    default void validate(ItemValues values) {
        List<ItemProblem> problems = problems(values);
        if (!problems.isEmpty()) {
            throw new ItemValidationException(problems);
        }
    }

    /**
     * Validates, then scores.
     *
     * @throws ItemValidationException if the values cannot be scored
     */
    default Scores score(ItemValues values) {
        validate(values);
        return scoreValid(values);
    }

    /**
     * The scoring rule itself. Call {@link #score} instead: this method trusts that
     * {@link #validate} has passed.
     */
    Scores scoreValid(ItemValues values);
}
