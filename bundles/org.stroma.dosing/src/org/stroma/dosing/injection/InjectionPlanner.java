package org.stroma.dosing.injection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.osgi.service.component.annotations.Component;
import org.stroma.dosing.Formula;
import org.stroma.dosing.internal.IndriyaRuntime;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/**
 * Totals an injection plan: volume per site = injections × volume per injection; cells per site
 * = volume × concentration; totals and per-area subtotals are sums. Stateless.
 *
 * @since 0.1
 */
@Component(service = InjectionPlanner.class)
public final class InjectionPlanner {

    /** Per-site volumes, cells and totals. */
    public static final Formula FORMULA = new Formula("injection-plan", 1);

    /** A planner; Indriya is made ready for use inside OSGi. */
    public InjectionPlanner() {
        IndriyaRuntime.prepare();
    }

    /** Totals the plan. */
    public InjectionPlan plan(InjectionPlanRequest request) {
        Optional<BigDecimal> concentration = request.cellConcentration()
                .map(c -> Amounts.valueIn(c, DosingUnits.CELLS_PER_MILLILITRE));
        List<PlannedSite> planned = new ArrayList<>();
        Map<String, BigDecimal> byArea = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        int injections = 0;
        for (InjectionSite site : request.sites()) {
            BigDecimal volume = Amounts.valueIn(site.volumePerInjection(), DosingUnits.MILLILITRE)
                    .multiply(BigDecimal.valueOf(site.injections()));
            planned.add(new PlannedSite(site, millilitres(volume), concentration.map(c -> Amounts.cells(c.multiply(volume)))));
            byArea.merge(site.area(), volume, BigDecimal::add);
            total = total.add(volume);
            injections = Math.addExact(injections, site.injections());
        }
        Map<String, Quantity<Volume>> subtotals = new LinkedHashMap<>();
        byArea.forEach((area, volume) -> subtotals.put(area, millilitres(volume)));
        BigDecimal sum = total;
        boolean exceeds = request.availableVolume()
                .map(available -> sum.compareTo(Amounts.valueIn(available, DosingUnits.MILLILITRE)) > 0)
                .orElse(false);
        return new InjectionPlan(request, FORMULA, planned, subtotals, millilitres(total), injections,
                concentration.map(c -> Amounts.cells(c.multiply(sum))), exceeds);
    }

    private static Quantity<Volume> millilitres(BigDecimal value) {
        return Amounts.of(value, DosingUnits.MILLILITRE);
    }
}
