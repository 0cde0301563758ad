package org.stroma.randomization.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.stroma.randomization.EmergencyEnvelopes;
import org.stroma.randomization.Envelope;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;

/** Sealed emergency envelopes per site. */
class EmergencyEnvelopesTest {

    private static final RandomizationPlan PLAN = Plans.plan(RandomizationScheme.stratifiedBlocks(Plans.arms(1, 1),
            List.of(1, 2), List.of(Factor.sites("S1", "S2")), 20), 3);

    @Test
    void envelopesAreNumberedAndEndOnABlockBoundary() {
        List<Envelope> envelopes = EmergencyEnvelopes.forSite(PLAN, "S1", 9);
        // blocks of 2 or 4 for 1:1: at least 9 envelopes means 10 or 12, and the arms balance
        assertThat(envelopes.size()).isIn(10, 12);
        assertThat(envelopes).extracting(Envelope::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, envelopes.size()).boxed().toList());
        assertThat(envelopes).allMatch(e -> e.siteId().equals("S1"));
        assertThat(envelopes.stream().filter(e -> e.armId().equals("A")).count()).isEqualTo(envelopes.size() / 2);
        assertThat(EmergencyEnvelopes.forSite(PLAN, "S1", 9)).isEqualTo(envelopes);
    }

    @Test
    void refusals() {
        assertThatThrownBy(() -> EmergencyEnvelopes.forSite(PLAN, "S9", 10))
                .hasMessage("'S9' is not a site of the plan; sites are S1, S2");
        assertThatThrownBy(() -> EmergencyEnvelopes.forSite(PLAN, "S1", 0))
                .hasMessage("envelope count must be 1 or more, was 0");
        assertThatThrownBy(() -> EmergencyEnvelopes.forSite(Plans.plan(RandomizationScheme.simple(Plans.arms(1, 1), 10),
                1), "S1", 10)).hasMessage("emergency envelopes come from permuted blocks; the plan's method is simple randomization");
    }
}
