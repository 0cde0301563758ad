package org.stroma.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stroma.randomization.study.Randomized;
import org.stroma.store.AllocationRecord;

/**
 * How {@code randomize} and {@code reconcile-envelope} tell the user what was allocated: the arm,
 * and where in the list it came from, only to a user who is not blinded in the study.
 */
final class RandomizedOutput {

    private RandomizedOutput() {
    }

    /**
     * One line, e.g. {@code RCT-101 randomized to SOC (Standard care) — number 3 of stratum site=IT01},
     * or {@code RCT-101 randomized (allocation concealed from your role)}.
     */
    static String line(Randomized randomized) {
        AllocationRecord made = randomized.allocation();
        boolean emergency = "emergency".equals(made.source());
        String verb = emergency ? " allocated" : " randomized";
        if (randomized.blinded()) {
            return randomized.subjectLabel() + verb + (emergency ? " from emergency envelope " + made.sequence() : "")
                    + " (allocation concealed from your role)";
        }
        String arm = randomized.subjectLabel() + verb + " to " + randomized.armCode() + " (" + randomized.armLabel()
                + ")";
        return switch (made.source()) {
            case "emergency" -> arm + " from emergency envelope " + made.sequence() + " of "
                    + made.stratum().replace("site=", "site ") + ", reconciled";
            case "minimization" -> arm + " \u2014 allocation " + made.sequence() + " by minimization";
            default -> arm + " \u2014 number " + made.sequence() + " of stratum " + made.stratum();
        };
    }

    /**
     * The JSON document: {@code study}, {@code subject}, {@code blinded}, {@code arm} and
     * {@code armName} (null when blinded), {@code source}, {@code stratum} and {@code number}
     * (null when blinded), {@code by}, {@code at} (UTC, ISO 8601).
     */
    static String json(Randomized randomized) {
        AllocationRecord made = randomized.allocation();
        boolean blinded = randomized.blinded();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("study", made.studyId());
        json.put("subject", randomized.subjectLabel());
        json.put("blinded", blinded);
        json.put("arm", blinded ? null : randomized.armCode());
        json.put("armName", blinded ? null : randomized.armLabel());
        json.put("source", made.source());
        json.put("stratum", blinded ? null : made.stratum());
        json.put("number", blinded && !"emergency".equals(made.source()) ? null : made.sequence());
        json.put("by", made.randomizedBy());
        json.put("at", made.randomizedAt().toString());
        return JsonWriter.write(json);
    }
}
