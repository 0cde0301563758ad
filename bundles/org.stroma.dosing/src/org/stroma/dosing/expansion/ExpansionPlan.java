package org.stroma.dosing.expansion;

import java.math.BigDecimal;
import java.util.List;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Time;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.Formula;

/**
 * A planned expansion to the target cell number.
 *
 * @param inputs                        the request
 * @param formula                       {@link ExpansionPlanner#FORMULA}
 * @param svfCells                      nucleated SVF cells from the lipoaspirate
 * @param harvestDensity                confluent density × harvest confluence, cells/cm²
 * @param passages                      every culture from P0 to the final passage
 * @param finalPassage                  passage whose harvest reaches the target
 * @param cellsAtFinalPassage           cells harvested then (at least the target)
 * @param cumulativePopulationDoublings doublings from the adherent cells seeded at P0
 * @param totalDuration                 plating to final harvest, in days
 * @param exceedsMaxPassage             true when the final passage is above the protocol's maximum
 * @since 0.1
 */
public record ExpansionPlan(ExpansionRequest inputs, Formula formula, Quantity<Dimensionless> svfCells,
        Quantity<?> harvestDensity, List<PassageStep> passages, int finalPassage,
        Quantity<Dimensionless> cellsAtFinalPassage, BigDecimal cumulativePopulationDoublings,
        Quantity<Time> totalDuration, boolean exceedsMaxPassage) implements DosingResult {

    /** Keeps an unmodifiable copy of the passages. */
    public ExpansionPlan {
        passages = List.copyOf(passages);
    }

    /** The final culture, whose vessels are the most the plan needs at once. */
    public PassageStep finalStep() {
        return passages.getLast();
    }
}
