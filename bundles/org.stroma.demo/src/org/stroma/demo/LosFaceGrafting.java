package org.stroma.demo;

import static org.stroma.demo.Make.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.stroma.model.study.*;

/**
 * The surgery of one LOS-FACE subject in the allocated arm: harvest, the cell product where the
 * arm has one, and the volumes injected per facial region. ADSCs need 4-5 weeks of culture, so
 * that arm is harvested first and grafted later.
 */
final class LosFaceGrafting {

    /** Day 0 of the subject's schedule, the grafting procedure and the total volume injected. */
    record Grafted(LocalDate day0, Procedure procedure, double injectedMl) {
    }

    private static final double ADSC_DOSE = 5.0e5;
    private static final double SLOW_CULTURE_DOSE = 4.2e5;

    private final LosFaceDesign design;
    private final Chance chance;

    LosFaceGrafting(LosFaceDesign design, Chance chance) {
        this.design = design;
        this.chance = chance;
    }

    Grafted graft(Subject s, Arm arm, LocalDate allocated, boolean slowCulture) {
        Intervention intervention = arm.getInterventions().get(0);
        int graftTenths = chance.between(100, 300); // 10-30 mL, in 0.1 mL so the sites add up exactly
        double graftMl = graftTenths / 10.0;
        String harvestSite = chance.pick(List.of("abdomen", "inner thigh", "flank"));
        LocalDate day0 = allocated.plusDays(chance.between(14, 28));
        CellProduct product = null;
        double fatPerLipoaspirate = chance.uniform(0.25, 0.33, 2);
        if (arm == design.svf()) {
            fatPerLipoaspirate /= 2; // half of the harvest is digested into SVF
            product = cellProduct("SVF-" + s.getSubjectId(), CellProductType.SVF, s, day0,
                    "enzymatic isolation (collagenase), washed and resuspended, 75 min");
            product.setVolumeMl(graftMl / 2); // SVF:fat 1:1 by volume in the graft
            product.setTotalCellCount(chance.uniform(100, 400, 0) * 1e5);
            product.setViabilityPercent(chance.normal(84, 5, 70, 95, 1));
        } else if (arm == design.adsc()) {
            LocalDate harvested = allocated.plusDays(chance.between(3, 7));
            day0 = harvested.plusDays(chance.between(28, 35));
            product = adscLot(s, harvested, day0, graftMl, slowCulture ? SLOW_CULTURE_DOSE : ADSC_DOSE);
            Procedure harvest = procedure(ProcedureType.LIPOSUCTION, harvested, null, intervention, surgeon());
            harvest.setHarvestSite(harvestSite);
            harvest.setLipoaspirateVolumeMl(chance.between(40, 60));
            harvest.setCellProduct(product);
            harvest.setDescription("Harvest for ADSC isolation and culture expansion");
            s.getProcedures().add(harvest);
            if (slowCulture) {
                s.getProtocolDeviations().add(deviation(day0, "procedure",
                        "ADSC dose 4.2 x 10^5 cells per mL of fat, below the 5 x 10^5 target: the culture"
                                + " expanded slower than planned and grafting was not postponed", false));
            }
        }
        Procedure grafting = procedure(ProcedureType.FAT_GRAFTING, day0, design.surgery(), intervention, surgeon());
        grafting.setHarvestSite(harvestSite);
        grafting.setLipoaspirateVolumeMl(Math.ceil(graftMl / fatPerLipoaspirate));
        grafting.setCellProduct(product);
        grafting.setDescription("Coleman technique, 1 mm cannula, fanning retrograde injection");
        grafting.getInjectionSites().addAll(facialSites(s.getSubtype(), graftTenths));
        s.getProcedures().add(grafting);
        return new Grafted(day0, grafting, graftMl);
    }

    private CellProduct adscLot(Subject s, LocalDate harvested, LocalDate day0, double fatMl, double dose) {
        CellProduct adsc = cellProduct("ADSC-" + s.getSubjectId(), CellProductType.ADSC, s, day0,
                "collagenase isolation, culture expansion in xeno-free medium from " + harvested);
        adsc.setVolumeMl(2);
        adsc.setTotalCellCount(Math.round(dose * fatMl));
        adsc.setViabilityPercent(chance.normal(90, 3, 80, 95, 1));
        adsc.setPassageNumber(chance.between(2, 4));
        adsc.setPopulationDoublings(chance.uniform(5, 10, 1));
        adsc.setDoublingTimeHours(chance.uniform(30, 55, 1));
        return adsc;
    }

    private CellProduct cellProduct(String lot, CellProductType type, Subject donor, LocalDate prepared,
            String method) {
        CellProduct product = Make.cellProduct(lot, type, donor, prepared, method);
        design.study().getCellProducts().add(product);
        return product;
    }

    /** The graft split over three regions of the affected side, in 0.1 mL steps. */
    private List<InjectionSite> facialSites(String subtype, int graftTenths) {
        List<String> regions = subtype.contains("coup de sabre")
                ? List.of("paramedian forehead", "frontal hairline", "glabella")
                : List.of("temple", "cheek", "mandibular border");
        String side = chance.chance(0.5) ? "face, left side" : "face, right side";
        List<InjectionSite> sites = new ArrayList<>();
        int left = graftTenths;
        for (int i = 0; i < regions.size(); i++) {
            int tenths = i == regions.size() - 1 ? left : graftTenths * chance.between(25, 40) / 100;
            left -= tenths;
            sites.add(injection(side, regions.get(i), tenths / 10.0, 1));
        }
        return sites;
    }

    private String surgeon() {
        return chance.pick(List.of("Surgeon A", "Surgeon B"));
    }
}
