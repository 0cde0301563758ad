package org.stroma.instruments.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stroma.instruments.tests.InstrumentAssertions.EXACT;
import static org.stroma.instruments.tests.InstrumentAssertions.refusal;
import static org.stroma.instruments.tests.InstrumentAssertions.score;
import static org.stroma.instruments.tests.InstrumentAssertions.scored;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.instruments.FatVolumeRetention;

class FatVolumeRetentionTest {

    private final FatVolumeRetention retention = new FatVolumeRetention();

    private static ItemValues.Builder graft(double injected, double followUp, String method) {
        return ItemValues.builder().put("injectedVolume", injected).put("followUpVolume", followUp).put("method", method);
    }

    @Test
    void retentionIsFollowUpOverInjectedTimesHundred() {
        Scores scores = scored(retention, graft(20, 9, "MRI_CAVALIERI").build());

        assertEquals(9.0 / 20 * 100, score(scores, "retentionPercent"), EXACT);
        assertEquals(45, score(scores, "retentionPercent"), EXACT);
        assertEquals(List.of("method: MRI_CAVALIERI"), scores.notes());
    }

    @Test
    void methodIsStoredWithTheScore() {
        Scores scores = scored(retention, graft(12.5, 5, "SURFACE_3D_PHOTOGRAPHY").build());

        assertEquals(5 / 12.5 * 100, score(scores, "retentionPercent"), EXACT);
        assertEquals(List.of("method: SURFACE_3D_PHOTOGRAPHY"), scores.notes());
        assertEquals("SURFACE_3D_PHOTOGRAPHY", scores.inputs().choice("method").orElseThrow());
    }

    @Test
    void graftFullyResorbedIsZero() {
        assertEquals(0, score(scored(retention, graft(30, 0, "MRI_VOXEL_COUNT").build()), "retentionPercent"), EXACT);
    }

    @Test
    void swellingCanExceedHundredPercent() {
        assertEquals(22.0 / 20 * 100, score(scored(retention, graft(20, 22, "MRI_CAVALIERI").build()),
                "retentionPercent"), EXACT);
    }

    @Test
    void nothingInjectedIsRefused() {
        assertEquals("Fat volume retention item \"injectedVolume\": 0 must be greater than 0",
                refusal(retention, graft(0, 5, "MRI_CAVALIERI").build()));
    }

    @Test
    void negativeVolumeIsRefused() {
        assertEquals("Fat volume retention item \"followUpVolume\": -1 is outside 0-1000",
                refusal(retention, graft(20, -1, "MRI_CAVALIERI").build()));
    }

    @Test
    void methodIsRequiredAndFromTheList() {
        assertEquals("Fat volume retention item \"method\": \"CT\" is not one of MRI_CAVALIERI, MRI_VOXEL_COUNT,"
                + " SURFACE_3D_PHOTOGRAPHY", refusal(retention, graft(20, 9, "CT").build()));
        assertEquals("Fat volume retention item \"method\": required but missing",
                refusal(retention, graft(20, 9, "MRI_CAVALIERI").remove("method").build()));
    }

    @Test
    void unknownItemIsRefused() {
        assertEquals("Fat volume retention item \"weight\": not an item of Fat volume retention",
                refusal(retention, graft(20, 9, "MRI_CAVALIERI").put("weight", 18).build()));
    }
}
