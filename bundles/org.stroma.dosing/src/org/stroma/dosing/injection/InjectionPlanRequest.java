package org.stroma.dosing.injection;

import java.util.List;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * An injection plan to total.
 *
 * @param name              what the plan is, e.g. "SVF + fat, right hand"
 * @param sites             the sites in injection order, at least one
 * @param cellConcentration cells per mL of what is injected, if known; gives the cells per site
 * @param availableVolume   volume prepared, if known; the plan is flagged when it needs more
 * @since 0.1
 */
public record InjectionPlanRequest(String name, List<InjectionSite> sites, Optional<Quantity<?>> cellConcentration,
        Optional<Quantity<Volume>> availableVolume) {

    /** Validates every field and keeps an unmodifiable copy of the sites. */
    public InjectionPlanRequest {
        Checks.text("name", name);
        if (Checks.required("sites", sites).isEmpty()) {
            throw new DosingInputException("sites", "must contain at least one site");
        }
        sites = List.copyOf(sites);
        Checks.required("cellConcentration", cellConcentration)
                .ifPresent(c -> Checks.positive("cellConcentration", c, QuantityKind.CELLS_PER_VOLUME));
        Checks.required("availableVolume", availableVolume)
                .ifPresent(v -> Checks.positive("availableVolume", v, QuantityKind.VOLUME));
    }

    /** A plan without cell concentration or available volume. */
    public InjectionPlanRequest(String name, List<InjectionSite> sites) {
        this(name, sites, Optional.empty(), Optional.empty());
    }
}
