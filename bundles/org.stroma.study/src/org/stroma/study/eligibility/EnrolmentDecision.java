package org.stroma.study.eligibility;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether enrolment may go ahead after screening. An ineligible subject is enrolled only under an
 * override with a stated reason; the caller then records the
 * {@link org.stroma.model.study.EligibilityOverride} with {@link #overriddenCodes()} and audits it.
 *
 * @param verdict         eligible, refused, or allowed by override
 * @param overriddenCodes codes of the criteria an override sets aside, in protocol order; empty unless overridden
 * @param overrideReason  the reason given, trimmed; null unless overridden
 * @param message         what to tell the user, listing the failing criteria when not simply eligible
 */
public record EnrolmentDecision(Verdict verdict, List<String> overriddenCodes, String overrideReason,
        String message) {

    /** The three ways screening can end. */
    public enum Verdict {
        ELIGIBLE, REFUSED, OVERRIDDEN
    }

    public EnrolmentDecision {
        Objects.requireNonNull(verdict, "verdict");
        overriddenCodes = List.copyOf(overriddenCodes);
    }

    /** Decides without an override. */
    public static EnrolmentDecision decide(EligibilityReport report) {
        return decide(report, null);
    }

    /**
     * @param overrideReason why the investigator enrols the subject despite failed criteria; null or
     *                       blank means no override, because an undocumented override is not one
     */
    public static EnrolmentDecision decide(EligibilityReport report, String overrideReason) {
        String who = report.screeningId();
        if (report.eligible()) {
            return new EnrolmentDecision(Verdict.ELIGIBLE, List.of(), null,
                    who + " is eligible on " + report.asOf() + "; enrolment may proceed");
        }
        List<CriterionResult> failures = report.failures();
        // One line per criterion: reasons may themselves contain semicolons.
        String listed = failures.stream().map(r -> "\n  " + r.code() + ": " + r.reason())
                .collect(Collectors.joining());
        if (overrideReason == null || overrideReason.isBlank()) {
            String hint = overrideReason == null ? "" : " An override needs a reason; the one given is blank.";
            return new EnrolmentDecision(Verdict.REFUSED, List.of(), null,
                    "Enrolment of " + who + " refused." + hint + listed);
        }
        List<String> codes = failures.stream().map(CriterionResult::code).toList();
        String reason = overrideReason.strip();
        return new EnrolmentDecision(Verdict.OVERRIDDEN, codes, reason,
                "Enrolment of " + who + " allowed by override of " + String.join(", ", codes) + ": " + reason);
    }

    /** True when the subject may be enrolled, with or without an override. */
    public boolean mayProceed() {
        return verdict != Verdict.REFUSED;
    }

    /** True when enrolment goes ahead only because an override was given. */
    public boolean overridden() {
        return verdict == Verdict.OVERRIDDEN;
    }
}
