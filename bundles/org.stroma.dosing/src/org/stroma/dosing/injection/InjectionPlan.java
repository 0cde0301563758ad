package org.stroma.dosing.injection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.Formula;

/**
 * A totalled injection plan.
 *
 * @param inputs                 the request
 * @param formula                {@link InjectionPlanner#FORMULA}
 * @param sites                  every site with its volume and cells, in the requested order
 * @param volumeByArea           subtotal per area, in the order areas first appear
 * @param totalVolume            sum of the site volumes, mL
 * @param totalInjections        sum of the injections
 * @param totalCells             sum of the site cells, when the concentration is known
 * @param exceedsAvailableVolume true when the total is above the available volume
 * @since 0.1
 */
public record InjectionPlan(InjectionPlanRequest inputs, Formula formula, List<PlannedSite> sites,
        Map<String, Quantity<Volume>> volumeByArea, Quantity<Volume> totalVolume, int totalInjections,
        Optional<Quantity<Dimensionless>> totalCells, boolean exceedsAvailableVolume) implements DosingResult {

    /** Keeps unmodifiable copies; the subtotals keep their order. */
    public InjectionPlan {
        sites = List.copyOf(sites);
        volumeByArea = Collections.unmodifiableMap(new LinkedHashMap<>(volumeByArea));
    }
}
