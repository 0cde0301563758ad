package org.stroma.randomization;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How subjects are allocated to arms. The token ({@code simple}, {@code blocks},
 * {@code stratified-blocks}, {@code minimization}) is what users type and what the stored
 * plan records; the words are what a report prints.
 *
 * @since 0.1
 */
public enum RandomizationMethod {

    /** Each subject independently, in proportion to the ratio. */
    SIMPLE("simple", "simple randomization"),
    /** One list of permuted blocks of randomly varying size. */
    PERMUTED_BLOCKS("blocks", "permuted blocks"),
    /** A list of permuted blocks per stratum (cross product of the factors' levels). */
    STRATIFIED_BLOCKS("stratified-blocks", "stratified permuted blocks"),
    /** Pocock-Simon minimization; decided subject by subject, so there is no list. */
    MINIMIZATION("minimization", "minimization");

    private final String token;
    private final String words;

    RandomizationMethod(String token, String words) {
        this.token = token;
        this.words = words;
    }

    /** @return the short name users type and the plan text records, e.g. {@code stratified-blocks} */
    public String token() {
        return token;
    }

    /** @return the method in words for reports, e.g. {@code stratified permuted blocks} */
    public String words() {
        return words;
    }

    /** @return whether the method allocates from permuted blocks (and so uses block multiples) */
    public boolean usesBlocks() {
        return this == PERMUTED_BLOCKS || this == STRATIFIED_BLOCKS;
    }

    /**
     * Reads a method from its token or its enum name, ignoring case and surrounding spaces.
     *
     * @throws IllegalArgumentException naming the choices when the text is none of them
     */
    public static RandomizationMethod parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (RandomizationMethod method : values()) {
            if (method.token.equalsIgnoreCase(wanted) || method.name().equalsIgnoreCase(wanted)) {
                return method;
            }
        }
        String choices = Arrays.stream(values()).map(RandomizationMethod::token).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("randomization method '" + text + "' is not one of " + choices);
    }
}
