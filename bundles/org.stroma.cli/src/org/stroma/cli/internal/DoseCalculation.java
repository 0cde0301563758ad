package org.stroma.cli.internal;

import java.util.List;
import java.util.Map;

import org.stroma.dosing.DosingResult;

/**
 * One calculation of {@code stroma dose}, e.g. {@code adsc}: the options it reads and how it
 * builds the dosing request from them. The result reads as text through the dosing bundle's
 * {@link org.stroma.dosing.record.DoseReports}, the same words a calculation saved with a
 * procedure keeps; JSON is written generically from the result record by {@link DoseJson}.
 *
 * @param <R> the dosing result
 */
interface DoseCalculation<R extends DosingResult> {

    /**
     * The word after {@code stroma dose}, e.g. {@code product-check}: the name the dosing bundle
     * saves the calculation under ({@link org.stroma.dosing.record.DoseReports}).
     */
    String kind();

    /** One line for the help. */
    String summary();

    /** The options as the help shows them, e.g. {@code --dose AMOUNT --graft-volume VOLUME}. */
    String synopsis();

    /** Every value option this calculation reads, without dashes. */
    List<String> options();

    /** Those of {@link #options()} that may be given more than once. */
    default List<String> repeatable() {
        return List.of();
    }

    /**
     * The option to blame for each request record component that a {@code DosingInputException}
     * may name, e.g. {@code viabilityPercent} to {@code viability}. Parse errors already name the
     * option, since options are parsed with their own names as the field.
     */
    Map<String, String> optionOfField();

    /** Builds the request from the options and computes. */
    R compute(DoseOptions options);
}
