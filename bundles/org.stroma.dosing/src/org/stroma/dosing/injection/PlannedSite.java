package org.stroma.dosing.injection;

import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Volume;

/**
 * A site with its volume and cells.
 *
 * @param site   the site as requested
 * @param volume injections × volume per injection, mL
 * @param cells  volume × cell concentration, when the concentration is known
 * @since 0.1
 */
public record PlannedSite(InjectionSite site, Quantity<Volume> volume, Optional<Quantity<Dimensionless>> cells) {
}
