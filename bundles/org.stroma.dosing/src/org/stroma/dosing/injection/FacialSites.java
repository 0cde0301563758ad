package org.stroma.dosing.injection;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.internal.Checks;

/**
 * Injection sites of the face, by region and side.
 *
 * @since 0.1
 */
public final class FacialSites {

    /** The area facial sites are subtotalled under. */
    public static final String AREA = "face";

    private FacialSites() {
    }

    /** A facial region on one side (or the midline) with {@code injections} × {@code volumePerInjection}. */
    public static InjectionSite region(FacialRegion region, Side side, int injections,
            Quantity<Volume> volumePerInjection) {
        Checks.required("region", region);
        Checks.required("side", side);
        String site = side == Side.MIDLINE ? region.label() + " (midline)" : side.label() + " " + region.label();
        return new InjectionSite(AREA, site, injections, volumePerInjection);
    }
}
