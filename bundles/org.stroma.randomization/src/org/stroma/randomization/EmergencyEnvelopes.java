package org.stroma.randomization;

import java.util.ArrayList;
import java.util.List;

/**
 * The offline fallback: a sealed list of numbered envelopes for one site, from permuted blocks
 * of the plan's arms and block sizes drawn from the stream {@code emergency:<siteId>}. Being
 * its own stream, it is independent of the main list (opening an envelope reveals nothing
 * about the list) and adding a site's envelopes changes nothing else.
 *
 * @since 0.1
 */
public final class EmergencyEnvelopes {

    private EmergencyEnvelopes() {
    }

    /**
     * @param plan   a permuted-block or stratified-block plan; its arms and block multiples
     *               are used, its factors are not (envelopes are per site only)
     * @param siteId the site; when the plan has a {@value Factor#SITE} factor, one of its levels
     * @param count  the envelopes wanted, 1 or more; rounded up to whole blocks so that a site
     *               that opens every envelope stays balanced
     * @return the envelopes numbered from 1
     */
    public static List<Envelope> forSite(RandomizationPlan plan, String siteId, int count) {
        plan.requireCurrentAlgorithm();
        RandomizationScheme scheme = plan.scheme();
        if (!scheme.method().usesBlocks()) {
            throw new IllegalArgumentException("emergency envelopes come from permuted blocks; the plan's method is "
                    + scheme.method().words());
        }
        Names.id("site id", siteId);
        scheme.factors().stream().filter(f -> f.name().equals(Factor.SITE)).findFirst().ifPresent(sites -> {
            if (!sites.levels().contains(siteId)) {
                throw new IllegalArgumentException("'" + siteId + "' is not a site of the plan; sites are "
                        + String.join(", ", sites.levels()));
            }
        });
        if (count < 1) {
            throw new IllegalArgumentException("envelope count must be 1 or more, was " + count);
        }
        AllocationSequence sequence = new AllocationSequence(scheme, "emergency:" + siteId,
                AllocationRandom.stream(plan.seed(), AllocationRandom.emergencyLabel(siteId)));
        List<Envelope> envelopes = new ArrayList<>();
        while (envelopes.size() < count || !sequence.atBlockBoundary()) {
            envelopes.add(new Envelope(siteId, envelopes.size() + 1, sequence.next().armId()));
        }
        return envelopes;
    }
}
