package org.stroma.demo;

import org.stroma.study.records.RecordIds;

import java.util.List;

import org.stroma.model.study.Study;

/**
 * The four study designs of cell-assisted fat grafting in scleroderma as synthetic demo studies
 * at their real sizes, with screening, randomization, surgery, cell products, instrument-scored
 * assessments, losses, harms and deviations, so that every report and analysis has real work.
 *
 * <p>Deterministic: the same seed gives equal studies, ids included. Each study draws from its
 * own stream split off the seed, so the studies do not shift when one builder changes.
 */
public final class DemoStudies {

    /** Three-arm pilot RCT, LoS facial atrophy, 18 subjects. */
    public static final String LOS_FACE = "LOS-FACE";
    /** Two-arm RCT, LoS alopecia, 40 subjects. */
    public static final String LOS_HAIR = "LOS-HAIR";
    /** Single-arm study, SSc hands, 7 subjects. */
    public static final String SSC_HAND_SVF = "SSC-HAND-SVF";
    /** Two-arm open-label RCT, SSc hands, 20 subjects. */
    public static final String SSC_HAND_RCT = "SSC-HAND-RCT";

    private DemoStudies() {
    }

    /** The four studies in the order above, every object with its id and every study flagged synthetic. */
    public static List<Study> create(long seed) {
        Chance root = Chance.seeded(seed);
        DemoInstruments instruments = DemoInstruments.builtIn();
        return List.of(
                RecordIds.assign(LosFaceStudy.build(instruments, root.split())),
                RecordIds.assign(LosHairStudy.build(instruments, root.split())),
                RecordIds.assign(SscHandSvfStudy.build(instruments, root.split())),
                RecordIds.assign(SscHandRctStudy.build(instruments, root.split())));
    }
}
