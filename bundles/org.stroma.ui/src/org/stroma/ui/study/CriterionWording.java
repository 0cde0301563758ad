package org.stroma.ui.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.stroma.model.study.CriterionKind;
import org.stroma.model.study.DiagnosisCriterion;
import org.stroma.model.study.EligibilityCriterion;
import org.stroma.model.study.FlagCriterion;
import org.stroma.model.study.NumericRangeCriterion;

/**
 * Eligibility criteria in plain words, read off their structure rather than the protocol's
 * wording, so the coordinator sees what the workbench will actually check: "Age 18-45 years",
 * "BMI >= 17", "Diagnosis: localized scleroderma", "Informed consent signed: yes".
 */
final class CriterionWording {

    /** Attribute names whose words cannot be read off the camel case. */
    private static final Map<String, String> LABELS = Map.of(
            "ageYears", "Age",
            "bmi", "BMI",
            "inactiveMonths", "Disease inactive",
            "diseaseDurationMonths", "Disease duration",
            "consentSigned", "Informed consent signed");

    private static final List<String> UNITS = List.of("Years", "Months", "Weeks", "Days");

    private CriterionWording() {
    }

    static String of(EligibilityCriterion criterion) {
        return switch (criterion) {
            case NumericRangeCriterion range -> range(range);
            case DiagnosisCriterion diagnosis -> diagnosis(diagnosis);
            case FlagCriterion flag -> flag(flag);
            default -> criterion.getText() == null ? "" : criterion.getText();
        };
    }

    static String kind(EligibilityCriterion criterion) {
        return criterion.getKind() == CriterionKind.EXCLUSION ? "Exclusion" : "Inclusion";
    }

    private static String range(NumericRangeCriterion c) {
        String attribute = c.getAttribute() == null ? "" : c.getAttribute();
        String unit = unit(attribute);
        String suffix = unit.isEmpty() ? "" : " " + unit;
        String label = label(attribute);
        if (c.isSetMin() && c.isSetMax() && c.isMinInclusive() && c.isMaxInclusive()) {
            return label + " " + Words.number(c.getMin()) + "-" + Words.number(c.getMax()) + suffix;
        }
        List<String> bounds = new ArrayList<>();
        if (c.isSetMin()) {
            bounds.add((c.isMinInclusive() ? ">= " : "> ") + Words.number(c.getMin()) + suffix);
        }
        if (c.isSetMax()) {
            bounds.add((c.isMaxInclusive() ? "<= " : "< ") + Words.number(c.getMax()) + suffix);
        }
        return bounds.isEmpty() ? label + " recorded (no bounds set)" : label + " " + String.join(" and ", bounds);
    }

    private static String diagnosis(DiagnosisCriterion c) {
        StringBuilder words = new StringBuilder("Diagnosis: ")
                .append(c.getDiagnosis() == null ? "not given" : Words.literal(c.getDiagnosis()));
        if (!c.getAllowedSubtypes().isEmpty()) {
            words.append("; subtype ").append(String.join(" or ", c.getAllowedSubtypes()));
        }
        String supporting = c.getSupportingInstrumentId();
        if (supporting != null && !supporting.isBlank()) {
            words.append("; ").append(supporting).append(" may support it");
        }
        return words.toString();
    }

    private static String flag(FlagCriterion c) {
        return label(c.getAttribute() == null ? "" : c.getAttribute()) + ": " + (c.isExpectedValue() ? "yes" : "no");
    }

    /** The attribute in words without its unit: "alopeciaDurationMonths" as "Alopecia duration". */
    static String label(String attribute) {
        String known = LABELS.get(attribute);
        if (known != null) {
            return known;
        }
        String unitSuffix = unitSuffix(attribute);
        String stem = unitSuffix == null ? attribute : attribute.substring(0, attribute.length() - unitSuffix.length());
        return Words.capitalized(Words.of(stem));
    }

    private static String unit(String attribute) {
        String unitSuffix = unitSuffix(attribute);
        return unitSuffix == null ? "" : unitSuffix.toLowerCase();
    }

    private static String unitSuffix(String attribute) {
        return UNITS.stream().filter(u -> attribute.endsWith(u) && attribute.length() > u.length())
                .findFirst().orElse(null);
    }
}
