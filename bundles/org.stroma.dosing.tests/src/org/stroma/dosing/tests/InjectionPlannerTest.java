package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.injection.FacialRegion;
import org.stroma.dosing.injection.FacialSites;
import org.stroma.dosing.injection.Finger;
import org.stroma.dosing.injection.FingerJoint;
import org.stroma.dosing.injection.HandSites;
import org.stroma.dosing.injection.InjectionPlan;
import org.stroma.dosing.injection.InjectionPlanRequest;
import org.stroma.dosing.injection.InjectionPlanner;
import org.stroma.dosing.injection.InjectionSite;
import org.stroma.dosing.injection.PlannedSite;
import org.stroma.dosing.injection.Side;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;

/** Fixed volumes per site, as published SSc hand protocols and LoS facial grafting use them. */
class InjectionPlannerTest {

    private final AmountParser parse = new AmountParser();
    private final InjectionPlanner planner = new InjectionPlanner();

    private Quantity<Volume> ml(String text) {
        return parse.volume("volumePerInjection", text);
    }

    private List<InjectionSite> rightHandProtocol() {
        List<InjectionSite> sites = new ArrayList<>();
        sites.addAll(HandSites.jointSides(Side.RIGHT, EnumSet.allOf(Finger.class), EnumSet.allOf(FingerJoint.class),
                ml("0.5 mL")));
        sites.add(HandSites.thumbBase(Side.RIGHT, 2, ml("1 mL")));
        sites.add(HandSites.palm(Side.RIGHT, 2, ml("1.5 mL")));
        sites.add(HandSites.dorsum(Side.RIGHT, 4, ml("1 mL")));
        return sites;
    }

    @Test
    void halfAMillilitreEachSideOfEachFingerJointPlusThumbBasePalmAndDorsum() {
        InjectionPlan plan = planner.plan(new InjectionPlanRequest("SVF + fat, right hand", rightHandProtocol(),
                Optional.of(parse.parse("cellConcentration", "2.5 x 10^5 cells/mL")),
                Optional.of(parse.volume("availableVolume", "42 mL"))));
        // joint sides: fingers 2-5 have 3 joints, the thumb 2; 2 sides each: (4 × 3 + 2) × 2 = 28 sites
        assertEquals((4 * 3 + 2) * 2 + 3, plan.sites().size());
        // 28 × 0.5 + 2 × 1 + 2 × 1.5 + 4 × 1 = 14 + 2 + 3 + 4 = 23 mL
        Expect.exactly("23", plan.totalVolume(), DosingUnits.MILLILITRE);
        assertEquals(28 + 2 + 2 + 4, plan.totalInjections());
        // each joint side: 0.5 mL × 2.5e5 cells/mL = 1.25e5 cells
        PlannedSite first = plan.sites().get(0);
        assertEquals("thumb, MCP joint, radial side", first.site().site());
        Expect.exactly("125000", first.cells().orElseThrow(), DosingUnits.CELLS);
        // palm: 2 × 1.5 mL = 3 mL; × 2.5e5 = 7.5e5 cells
        PlannedSite palm = plan.sites().get(29);
        assertEquals("palm", palm.site().site());
        Expect.exactly("3", palm.volume(), DosingUnits.MILLILITRE);
        Expect.exactly("750000", palm.cells().orElseThrow(), DosingUnits.CELLS);
        // 23 mL × 2.5e5 = 5.75e6 cells in all
        Expect.exactly("5750000", plan.totalCells().orElseThrow(), DosingUnits.CELLS);
        assertFalse(plan.exceedsAvailableVolume()); // 23 mL of 42 mL
        assertEquals(1, plan.volumeByArea().size());
        Expect.exactly("23", plan.volumeByArea().get("right hand"), DosingUnits.MILLILITRE);
        assertEquals("injection-plan/1", plan.formula().toString());
    }

    @Test
    void fourInjectionsOfAQuarterMillilitrePerFinger() {
        List<InjectionSite> sites = HandSites.perFinger(Side.LEFT, EnumSet.allOf(Finger.class), 4, ml("0.25 mL"));
        InjectionPlan plan = planner.plan(new InjectionPlanRequest("SVF, left hand", sites));
        // 5 fingers × 4 × 0.25 mL = 5 mL in 20 injections
        Expect.exactly("5", plan.totalVolume(), DosingUnits.MILLILITRE);
        assertEquals(5 * 4, plan.totalInjections());
        Expect.exactly("1", plan.sites().get(0).volume(), DosingUnits.MILLILITRE); // 4 × 0.25
        assertTrue(plan.totalCells().isEmpty());
        assertFalse(plan.exceedsAvailableVolume());
    }

    @Test
    void aPlanNeedingMoreThanWasPreparedIsFlaggedAndExactlyEnoughIsNot() {
        List<InjectionSite> sites = HandSites.perFinger(Side.LEFT, EnumSet.allOf(Finger.class), 4, ml("0.25 mL"));
        assertTrue(planner.plan(new InjectionPlanRequest("short", sites, Optional.empty(),
                Optional.of(parse.volume("availableVolume", "4.99 mL")))).exceedsAvailableVolume());
        assertFalse(planner.plan(new InjectionPlanRequest("exact", sites, Optional.empty(),
                Optional.of(parse.volume("availableVolume", "0.005 L")))).exceedsAvailableVolume());
    }

    @Test
    void subtotalsPerHandAndFace() {
        List<InjectionSite> sites = new ArrayList<>();
        sites.addAll(HandSites.perFinger(Side.RIGHT, Finger.secondToFifth(), 4, ml("0.25 mL")));
        sites.addAll(HandSites.perFinger(Side.LEFT, Set.of(Finger.INDEX, Finger.MIDDLE), 2, ml("0.5 mL")));
        sites.add(FacialSites.region(FacialRegion.TEMPLE, Side.LEFT, 3, ml("1 mL")));
        sites.add(FacialSites.region(FacialRegion.CHIN, Side.MIDLINE, 2, ml("0.5 mL")));
        InjectionPlan plan = planner.plan(new InjectionPlanRequest("mixed", sites));
        Expect.exactly("4", plan.volumeByArea().get("right hand"), DosingUnits.MILLILITRE); // 4 × 4 × 0.25
        Expect.exactly("2", plan.volumeByArea().get("left hand"), DosingUnits.MILLILITRE); // 2 × 2 × 0.5
        Expect.exactly("4", plan.volumeByArea().get("face"), DosingUnits.MILLILITRE); // 3 × 1 + 2 × 0.5
        Expect.exactly("10", plan.totalVolume(), DosingUnits.MILLILITRE);
        assertEquals(List.of("right hand", "left hand", "face"), List.copyOf(plan.volumeByArea().keySet()));
        assertEquals("left temple", plan.sites().get(6).site().site());
        assertEquals("chin (midline)", plan.sites().get(7).site().site());
    }

    @Test
    void jointsAFingerLacksAreSkipped() {
        // PIP only: fingers 2-5 have it, the thumb does not; 4 fingers × 2 sides
        List<InjectionSite> sites = HandSites.jointSides(Side.RIGHT, EnumSet.allOf(Finger.class),
                EnumSet.of(FingerJoint.PIP), ml("0.5 mL"));
        assertEquals(4 * 2, sites.size());
        Expect.refused("joints", () -> HandSites.jointSides(Side.RIGHT, EnumSet.of(Finger.THUMB),
                EnumSet.of(FingerJoint.PIP, FingerJoint.DIP), ml("0.5 mL")));
    }

    @Test
    void nonsensePlansAreRefused() {
        Expect.refused("hand", () -> HandSites.palm(Side.MIDLINE, 1, ml("1 mL")));
        Expect.refused("fingers", () -> HandSites.perFinger(Side.LEFT, Set.of(), 4, ml("0.25 mL")));
        Expect.refused("injections", () -> HandSites.dorsum(Side.LEFT, 0, ml("1 mL")));
        Expect.refused("volumePerInjection", () -> HandSites.dorsum(Side.LEFT, 1, ml("0 mL")));
        Expect.refused("sites", () -> new InjectionPlanRequest("empty", List.of()));
        Expect.refused("name", () -> new InjectionPlanRequest(" ", rightHandProtocol()));
        Expect.refused("cellConcentration", () -> new InjectionPlanRequest("per gram", rightHandProtocol(),
                Optional.of(parse.parse("cellConcentration", "2.5e5 cells/g")), Optional.empty()));
        Expect.refused("availableVolume", () -> new InjectionPlanRequest("none", rightHandProtocol(), Optional.empty(),
                Optional.of(parse.volume("availableVolume", "0 mL"))));
        Expect.refused("site", () -> new InjectionSite("face", "", 1, ml("1 mL")));
    }
}
