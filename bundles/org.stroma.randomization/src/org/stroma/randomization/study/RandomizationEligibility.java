package org.stroma.randomization.study;

import java.time.LocalDate;

import org.stroma.model.study.Consent;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.security.AllocationRefusedException;
import org.stroma.study.eligibility.Enrolment;
import org.stroma.study.records.CalendarDays;

/**
 * Whether a subject may be randomized now: enrolled (which needed eligibility, or its documented
 * override) and with a signed consent in force. The allocation is revealed only then.
 */
final class RandomizationEligibility {

    private RandomizationEligibility() {
    }

    static void require(Subject subject, LocalDate today) {
        String who = SubjectFactors.label(subject);
        SubjectState state = Enrolment.currentState(subject);
        if (state != SubjectState.ENROLLED) {
            throw new AllocationRefusedException(who + " is " + state.getLiteral().toLowerCase()
                    + "; only an enrolled subject (eligible, or with an approved override) is randomized");
        }
        boolean consented = false;
        for (Consent consent : subject.getConsents()) {
            LocalDate signed = CalendarDays.day(consent.getDate());
            LocalDate withdrawn = CalendarDays.day(consent.getWithdrawnDate());
            if (consent.isSigned() && signed != null && !signed.isAfter(today)
                    && (withdrawn == null || withdrawn.isAfter(today))) {
                consented = true;
            }
        }
        if (!consented) {
            throw new AllocationRefusedException(who + " has no signed informed consent in force on " + today
                    + "; record the consent before randomizing");
        }
    }
}
