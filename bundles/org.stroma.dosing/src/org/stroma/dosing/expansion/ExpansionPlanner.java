package org.stroma.dosing.expansion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import javax.measure.Quantity;
import javax.measure.quantity.Time;

import org.osgi.service.component.annotations.Component;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.Formula;
import org.stroma.dosing.internal.CellArithmetic;
import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.internal.IndriyaRuntime;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/**
 * Plans an ADSC expansion. Stateless.
 *
 * <p>Model (exponential growth, every harvested cell reseeded):
 * <ul>
 * <li>SVF cells = lipoaspirate × yield; P0 area = SVF cells ÷ plating density; growing cells at
 * P0 = SVF cells × attachment.</li>
 * <li>Each culture is harvested at h = confluent density × harvest confluence, so it yields
 * area × h cells.</li>
 * <li>A 1:n split spreads the cells over n times the area, seeding them at h ÷ n; so each
 * passage multiplies the cells by n in log2(n) doublings.</li>
 * <li>A culture takes lag + log2(harvest ÷ seeding density) × doubling time.</li>
 * <li>The final passage is the first whose harvest reaches the target.</li>
 * </ul>
 *
 * @since 0.1
 */
@Component(service = ExpansionPlanner.class)
public final class ExpansionPlanner {

    /** Culture expansion to a target cell number. */
    public static final Formula FORMULA = new Formula("adsc-expansion", 1);

    /** Passages beyond which a plan is refused as unreachable rather than planned. */
    public static final int MAX_PLANNED_PASSAGES = 30;

    private static final MathContext DOUBLINGS = new MathContext(12);

    /** A planner; Indriya is made ready for use inside OSGi. */
    public ExpansionPlanner() {
        IndriyaRuntime.prepare();
    }

    /**
     * Plans the expansion; see the class comment for the model.
     *
     * @throws DosingInputException naming {@code targetCells} if the target is not reached within
     *                              {@link #MAX_PLANNED_PASSAGES} passages
     */
    public ExpansionPlan plan(ExpansionRequest request) {
        CultureConditions culture = request.culture();
        SvfHarvest harvest = request.harvest();
        BigDecimal svfCells = CellArithmetic.product(harvest.svfYield(), harvest.lipoaspirate(), DosingUnits.CELLS,
                harvest.tissueDensity()).orElseThrow(() -> new IllegalStateException("harvest was validated"));
        BigDecimal plating = Amounts.valueIn(culture.platingDensity(), DosingUnits.CELLS_PER_SQUARE_CENTIMETRE);
        BigDecimal harvestDensity = Amounts.valueIn(culture.confluentDensity(), DosingUnits.CELLS_PER_SQUARE_CENTIMETRE)
                .multiply(Decimals.fraction(culture.harvestConfluencePercent()));
        BigDecimal target = Amounts.valueIn(request.targetCells(), DosingUnits.CELLS);
        BigDecimal doublingHours = Amounts.valueIn(culture.doublingTime(), DosingUnits.HOUR);
        BigDecimal lagHours = Amounts.valueIn(culture.lagTimePerPassage(), DosingUnits.HOUR);

        List<PassageStep> steps = new ArrayList<>();
        BigDecimal area = Decimals.divide(svfCells, plating);
        BigDecimal seeded = svfCells.multiply(Decimals.fraction(culture.attachmentPercent()));
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal doublings = BigDecimal.ZERO;
        for (int passage = 0; ; passage++) {
            if (passage > MAX_PLANNED_PASSAGES) {
                throw new DosingInputException("targetCells", "is not reached within " + MAX_PLANNED_PASSAGES
                        + " passages; check the target, yield and split ratio");
            }
            if (passage > 0) {
                area = area.multiply(culture.splitRatio());
            }
            BigDecimal seedingDensity = Decimals.divide(seeded, area);
            BigDecimal atHarvest = area.multiply(harvestDensity);
            BigDecimal stepDoublings = BigDecimal.valueOf(Decimals.log2(Decimals.divide(harvestDensity, seedingDensity)))
                    .round(DOUBLINGS);
            BigDecimal stepHours = lagHours.add(stepDoublings.multiply(doublingHours));
            hours = hours.add(stepHours);
            doublings = doublings.add(stepDoublings);
            steps.add(new PassageStep(passage, Amounts.cells(seeded),
                    Amounts.ofUnit(seedingDensity, DosingUnits.CELLS_PER_SQUARE_CENTIMETRE),
                    Amounts.of(area, DosingUnits.SQUARE_CENTIMETRE), vessels(area, culture.vessel()), stepDoublings,
                    Amounts.of(stepHours, DosingUnits.HOUR), Amounts.cells(atHarvest), days(hours)));
            if (atHarvest.compareTo(target) >= 0) {
                return new ExpansionPlan(request, FORMULA, Amounts.cells(svfCells),
                        Amounts.ofUnit(harvestDensity, DosingUnits.CELLS_PER_SQUARE_CENTIMETRE), steps, passage,
                        Amounts.cells(atHarvest), doublings, days(hours), passage > request.maxPassage());
            }
            seeded = atHarvest;
        }
    }

    private static long vessels(BigDecimal area, CultureVessel vessel) {
        BigDecimal perVessel = Amounts.valueIn(vessel.growthArea(), DosingUnits.SQUARE_CENTIMETRE);
        try {
            return Decimals.ceiling(Decimals.divide(area, perVessel)).longValueExact();
        } catch (ArithmeticException e) {
            throw new DosingInputException("targetCells", "would need more " + vessel.name() + "s than can be counted");
        }
    }

    private static Quantity<Time> days(BigDecimal hours) {
        // Indriya converts; 24 h is its definition of the day
        return Amounts.of(Amounts.valueIn(Amounts.of(hours, DosingUnits.HOUR), DosingUnits.DAY), DosingUnits.DAY);
    }
}
