package org.stroma.dosing.expansion;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Area;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Time;

/**
 * One culture in an expansion plan, from seeding to harvest.
 *
 * @param passage             0 for primary culture, then 1, 2, ...
 * @param cellsSeeded         growing cells seeded (at P0 the adherent share of the SVF plated)
 * @param seedingDensity      growing cells per cm² at seeding
 * @param growthArea          total growth area, cm²
 * @param vessels             vessels needed for that area, rounded up
 * @param populationDoublings log2(harvest density ÷ seeding density)
 * @param duration            lag + doublings × doubling time, in h
 * @param cellsAtHarvest      cells when this culture is harvested
 * @param elapsed             time from plating P0 to this harvest, in days
 * @since 0.1
 */
public record PassageStep(int passage, Quantity<Dimensionless> cellsSeeded, Quantity<?> seedingDensity,
        Quantity<Area> growthArea, long vessels, BigDecimal populationDoublings, Quantity<Time> duration,
        Quantity<Dimensionless> cellsAtHarvest, Quantity<Time> elapsed) {
}
