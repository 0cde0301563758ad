package org.stroma.dosing.injection;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * A site and what it receives: {@code injections} × {@code volumePerInjection}.
 *
 * @param area               where the site belongs, for subtotals, e.g. "right hand" or "face"
 * @param site               the site, e.g. "index finger, PIP joint, radial side"
 * @param injections         number of injections (passes) at the site, at least 1
 * @param volumePerInjection volume of each, above zero
 * @since 0.1
 */
public record InjectionSite(String area, String site, int injections, Quantity<Volume> volumePerInjection) {

    /** Validates every field. */
    public InjectionSite {
        Checks.text("area", area);
        Checks.text("site", site);
        Checks.atLeast("injections", injections, 1);
        Checks.positive("volumePerInjection", volumePerInjection, QuantityKind.VOLUME);
    }
}
