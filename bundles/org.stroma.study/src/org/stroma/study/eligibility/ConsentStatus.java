package org.stroma.study.eligibility;

import org.stroma.study.records.CalendarDays;

import java.time.LocalDate;
import java.util.List;

import org.stroma.model.study.Consent;

/**
 * Derives "informed consent signed" from the subject's consents: a consent counts on a date when
 * it is signed, dated on or before that date, and not withdrawn on or before it.
 */
final class ConsentStatus {

    private ConsentStatus() {
    }

    static Lookup<Boolean> on(List<Consent> consents, LocalDate asOf) {
        for (Consent consent : consents) {
            if (inForce(consent, asOf)) {
                String version = consent.getVersion() == null ? "" : ", version " + consent.getVersion();
                return new Lookup.Found<>(true, " (signed " + CalendarDays.day(consent.getDate()) + version + ")");
            }
        }
        if (consents.isEmpty()) {
            return new Lookup.Found<>(false, " (no consent recorded)");
        }
        // The latest consent explains best why none is in force.
        return new Lookup.Found<>(false, " (" + whyNot(consents.get(consents.size() - 1), asOf) + ")");
    }

    private static boolean inForce(Consent consent, LocalDate asOf) {
        LocalDate signed = CalendarDays.day(consent.getDate());
        LocalDate withdrawn = CalendarDays.day(consent.getWithdrawnDate());
        return consent.isSigned() && signed != null && !signed.isAfter(asOf)
                && (withdrawn == null || withdrawn.isAfter(asOf));
    }

    private static String whyNot(Consent consent, LocalDate asOf) {
        LocalDate signed = CalendarDays.day(consent.getDate());
        LocalDate withdrawn = CalendarDays.day(consent.getWithdrawnDate());
        if (!consent.isSigned()) {
            return "consent recorded but not signed";
        }
        if (signed == null) {
            return "signed consent has no date";
        }
        if (signed.isAfter(asOf)) {
            return "consent signed " + signed + ", after " + asOf;
        }
        return "consent of " + signed + " withdrawn on " + withdrawn;
    }
}
