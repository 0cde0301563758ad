package org.stroma.ui.randomization;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.stroma.randomization.study.Randomized;
import org.stroma.security.AllocationRefusedException;
import org.stroma.security.RandomizationAccess;
import org.stroma.ui.Refusals;

/** How randomization's outcomes and refusals read in the workbench. */
final class RandomizationWords {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private RandomizationWords() {
    }

    /**
     * A refusal in the user's words: an allocation refused says why (not enrolled, no consent,
     * randomized before, no list), as do the access control and the store.
     */
    static String refusal(Throwable failure) {
        if (failure instanceof AllocationRefusedException refused) {
            return "Not randomized: " + refused.getMessage();
        }
        return Refusals.message(failure);
    }

    /** "LF-019 randomized to ADSC-AFG (ADSC-assisted AFG)", or concealed from a blinded user. */
    static String randomized(Randomized outcome) {
        return outcome.blinded() ? outcome.subjectLabel() + " randomized; the allocation is concealed from your role"
                : outcome.subjectLabel() + " randomized to " + outcome.armCode() + " (" + outcome.armLabel() + ")";
    }

    /** "main list L-1A2B3C4D: permuted blocks ..., by statistician on 2026-05-17 10:12:03 UTC" */
    static String list(RandomizationAccess.ListSummary list) {
        return list.purpose() + " list " + list.listId() + ": " + list.description() + ", by " + list.createdBy()
                + " on " + utc(list.createdAt()) + " UTC";
    }

    /** A moment as the allocation log shows it: "2026-05-17 10:12:03 UTC" without the zone. */
    static String utc(Instant at) {
        return at == null ? "" : UTC_TIME.format(at);
    }
}
