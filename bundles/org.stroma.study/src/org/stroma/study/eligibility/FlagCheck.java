package org.stroma.study.eligibility;

import org.stroma.model.study.FlagCriterion;

/** Checks a yes/no fact about the subject against the value the criterion expects. */
final class FlagCheck {

    private FlagCheck() {
    }

    static Condition check(FlagCriterion criterion, SubjectValues values) {
        String attribute = criterion.getAttribute();
        if (attribute == null || attribute.isBlank()) {
            return Condition.notRecorded("the criterion names no subject value to check");
        }
        return switch (values.flag(attribute)) {
            case Lookup.Absent<Boolean> absent -> Condition.notRecorded(absent.reason());
            case Lookup.Found<Boolean> found -> {
                boolean expected = criterion.isExpectedValue();
                String reason = AttributeLabels.label(attribute) + " is " + AttributeLabels.yesNo(found.value())
                        + found.detail() + "; expected " + AttributeLabels.yesNo(expected);
                yield found.value() == expected ? Condition.met(reason) : Condition.notMet(reason);
            }
        };
    }
}
