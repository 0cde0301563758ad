package org.stroma.ui.study;

import java.math.BigDecimal;

import org.stroma.instrument.api.NumberText;
import org.stroma.study.records.DomainWords;

/** How the design editor writes numbers and model names for a study coordinator to read. */
final class Words {

    private Words() {
    }

    /** 17.0 as "17", 0.25 as "0.25": numbers as a protocol writes them. */
    static String number(double value) {
        return NumberText.of(value);
    }

    /** Cell counts as a protocol writes them: 500000 as "5 x 10^5", 1200000 as "1.2 x 10^6". */
    static String cells(double value) {
        if (value < 10_000 || Double.isInfinite(value) || Double.isNaN(value)) {
            return number(value);
        }
        int exponent = (int) Math.floor(Math.log10(value));
        BigDecimal mantissa = BigDecimal.valueOf(value).movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + " x 10^" + exponent;
    }

    /** An enum literal in words: ASSESSOR_BLINDED as "assessor blinded". */
    static String literal(Enum<?> literal) {
        return DomainWords.literal(literal);
    }

    /** The same, starting with a capital: "Assessor blinded". */
    static String capitalized(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A camel-case model name in words, acronyms kept: "secondaryAlopeciaFromLoS" as "secondary alopecia from LoS". */
    static String of(String camelCase) {
        return DomainWords.of(camelCase);
    }
}
