package org.stroma.study.eligibility;

import org.stroma.model.study.NumericRangeCriterion;

/** Checks a number of the subject against a range whose unset bounds are open. */
final class RangeCheck {

    private RangeCheck() {
    }

    static Condition check(NumericRangeCriterion criterion, SubjectValues values) {
        String attribute = criterion.getAttribute();
        if (attribute == null || attribute.isBlank()) {
            return Condition.notRecorded("the criterion names no subject value to check");
        }
        return switch (values.number(attribute)) {
            case Lookup.Absent<Double> absent -> Condition.notRecorded(absent.reason());
            case Lookup.Found<Double> found -> judge(criterion, AttributeLabels.withValue(attribute, found.value())
                    + found.detail(), found.value());
        };
    }

    private static Condition judge(NumericRangeCriterion c, String valuePhrase, double value) {
        if (Double.isNaN(value)) {
            return Condition.notRecorded(valuePhrase + " is not a number");
        }
        if (c.isSetMin()) {
            double min = c.getMin();
            boolean below = value < min || (value == min && !c.isMinInclusive());
            if (below) {
                String how = value == min ? " is not above the minimum " : " is below the minimum ";
                return Condition.notMet(valuePhrase + how + bound(min, c.isMinInclusive()));
            }
        }
        if (c.isSetMax()) {
            double max = c.getMax();
            boolean above = value > max || (value == max && !c.isMaxInclusive());
            if (above) {
                String how = value == max ? " is not below the maximum " : " is above the maximum ";
                return Condition.notMet(valuePhrase + how + bound(max, c.isMaxInclusive()));
            }
        }
        return Condition.met(valuePhrase + " is " + rule(c));
    }

    private static String bound(double bound, boolean inclusive) {
        return AttributeLabels.number(bound) + (inclusive ? " (inclusive)" : " (exclusive)");
    }

    /** The range in words, read after "is": "at least 18 and at most 59", "more than 6". */
    static String rule(NumericRangeCriterion c) {
        String min = !c.isSetMin() ? null
                : (c.isMinInclusive() ? "at least " : "more than ") + AttributeLabels.number(c.getMin());
        String max = !c.isSetMax() ? null
                : (c.isMaxInclusive() ? "at most " : "less than ") + AttributeLabels.number(c.getMax());
        if (min == null && max == null) {
            return "recorded, and the criterion sets no bounds";
        }
        return min == null ? max : max == null ? min : min + " and " + max;
    }
}
