package org.stroma.randomization.study;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Site;
import org.stroma.randomization.Envelope;
import org.stroma.security.AllocationRefusedException;
import org.stroma.security.Allocator;
import org.stroma.store.AllocationRecord;

/**
 * Reconciles an allocation made offline from a site's sealed emergency envelope: the envelope must
 * exist, be unused, and hold the arm the site reports having given; the subject must have been
 * enrolled with consent, as for any randomization.
 */
record EnvelopeAllocator(String siteCode, int number, String armCodeGiven) implements Allocator {

    @Override
    public Decision allocate(Request request) {
        RandomizationEligibility.require(request.subject(), LocalDate.now(ZoneOffset.UTC));
        Site site = request.subject().getSite();
        if (site == null || !siteCode.equals(site.getCode())) {
            throw new AllocationRefusedException(SubjectFactors.label(request.subject()) + " is "
                    + (site == null ? "of no site" : "of site " + site.getCode()) + ", not of site " + siteCode
                    + ": only the subject's own site's envelopes allocate it");
        }
        List<String> armCodes = request.study().getArms().stream().map(Arm::getCode).toList();
        if (!armCodes.contains(armCodeGiven)) {
            throw new AllocationRefusedException("study " + request.study().getId() + " has no arm " + armCodeGiven
                    + "; its arms are " + String.join(", ", armCodes));
        }
        SealedListText.Content content = SealedListText.read(request.list().content());
        Envelope envelope = content.envelopes().stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new AllocationRefusedException("site " + siteCode + " has no emergency envelope "
                        + number + " (it has " + content.envelopes().size() + ")"));
        for (AllocationRecord earlier : request.earlier()) {
            if (earlier.listId().equals(request.list().listId()) && earlier.sequence() == number) {
                throw new AllocationRefusedException("emergency envelope " + number + " of site " + siteCode
                        + " was reconciled already, for subject " + earlier.subjectId());
            }
        }
        if (!envelope.armId().equals(armCodeGiven)) {
            // Naming the arm sealed in the envelope would let anyone learn unopened envelopes by guessing.
            throw new AllocationRefusedException("emergency envelope " + number + " of site " + siteCode
                    + " does not hold arm " + armCodeGiven + " as reported: check the envelope and the subject");
        }
        return new Decision(ListAllocator.armId(request, envelope.armId()), "site=" + siteCode, number, "emergency",
                "emergency envelope " + number + " of site " + siteCode);
    }
}
