package org.stroma.instruments;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemProblem;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;

/**
 * Fat graft volume retention: follow-up graft volume as a percentage of the injected volume.
 * The measuring method is a required item because retention figures from different methods
 * are not comparable. No upper bound: early oedema can exceed 100 %.
 */
@Component(service = Instrument.class)
public class FatVolumeRetention implements Instrument {

    static final List<String> METHODS = List.of("MRI_CAVALIERI", "MRI_VOXEL_COUNT", "SURFACE_3D_PHOTOGRAPHY");

    private static final List<ItemDefinition> ITEMS = List.of(
            ItemDefinition.decimal("injectedVolume", "Fat volume injected", 0, 1000, "mL"),
            ItemDefinition.decimal("followUpVolume", "Graft volume measured at follow-up", 0, 1000, "mL"),
            ItemDefinition.choice("method", "How the follow-up volume was measured", METHODS));

    private static final List<ScoreDefinition> SCORES = List.of(
            new ScoreDefinition("retentionPercent", "Fat volume retention", 0, Double.POSITIVE_INFINITY, "%"));

    public FatVolumeRetention() {
    }

    @Override
    public String id() {
        return "fat-volume-retention";
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String name() {
        return "Fat volume retention";
    }

    @Override
    public String description() {
        return "Retention % = follow-up volume / injected volume x 100. Injected volume must be above"
                + " 0 mL (up to 1000), follow-up 0-1000 mL; the method (MRI Cavalieri: slice spacing x"
                + " sum of graft areas; MRI voxel count; 3D surface photography) is stored with them.";
    }

    @Override
    public List<String> references() {
        return List.of("Gundersen HJ, Jensen EB. The efficiency of systematic sampling in stereology and its"
                + " prediction. J Microsc 1987;147:229-63.");
    }

    @Override
    public List<ItemDefinition> items() {
        return ITEMS;
    }

    @Override
    public List<ScoreDefinition> scores() {
        return SCORES;
    }

    @Override
    public List<ItemProblem> ruleProblems(ItemValues values) {
        double injected = values.number("injectedVolume").orElseThrow();
        return injected > 0 ? List.of() : List.of(ItemProblem.notAbove(this, "injectedVolume", injected, 0));
    }

    @Override
    public Scores scoreValid(ItemValues values) {
        double retention = values.number("followUpVolume").orElseThrow() / values.number("injectedVolume").orElseThrow()
                * 100;
        return Scores.of(this, values, Map.of("retentionPercent", retention),
                List.of("method: " + values.choice("method").orElseThrow()));
    }
}
