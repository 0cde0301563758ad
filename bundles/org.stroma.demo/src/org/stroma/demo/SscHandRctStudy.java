package org.stroma.demo;

import static org.stroma.demo.Make.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.stroma.model.study.*;

/**
 * SSC-HAND-RCT at its real size: 20 randomized 1:1 in permuted blocks of 4 over two sites,
 * three screen failures, one withdrawal after allocation to standard care, one loss to
 * follow-up, six outcome instruments at baseline and 6 months, harms and deviations. One site
 * reads the pain VAS in cm and the diary is on the 0-100 scale, so units are exercised.
 */
final class SscHandRctStudy {

    private static final int ENROLLED = 20;
    private static final List<String> SCREEN_FAILURES = List.of("bmi", "noUlcer", "declined");
    private static final List<Harm> GRAFTING_HARMS = List.of(
            new Harm("Hand swelling", 2, false, Relatedness.DEFINITE, 0, 14, "elevation, cold packs"),
            new Harm("Bruising at the liposuction site", 1, false, Relatedness.DEFINITE, 0, 10, "none"),
            new Harm("Finger pain after injection", 1, false, Relatedness.DEFINITE, 0, 7, "paracetamol"));
    private static final Harm HEADACHE = new Harm("Headache on vasodilator therapy", 1, false,
            Relatedness.UNLIKELY, 20, 3, "dose reduced");
    private static final Harm INFECTED_ULCER_TREATED = new Harm(
            "Infected digital ulcer requiring hospital admission for intravenous antibiotics", 3, true,
            Relatedness.UNLIKELY, 40, 12, "hospitalised; intravenous antibiotics");
    private static final Harm INFECTED_ULCER_CONTROL = new Harm(INFECTED_ULCER_TREATED.term(), 3, true,
            Relatedness.NOT_RELATED, 40, 12, INFECTED_ULCER_TREATED.actionTaken());

    /** What befalls one enrolled subject besides the protocol. */
    private record Events(boolean withdrawn, boolean lost, boolean late, boolean shortDiary, boolean infection) {
    }

    private final SscHandRctDesign design;
    private final DemoInstruments instruments;
    private final Chance chance;

    private SscHandRctStudy(SscHandRctDesign design, DemoInstruments instruments, Chance chance) {
        this.design = design;
        this.instruments = instruments;
        this.chance = chance;
    }

    static Study build(DemoInstruments instruments, Chance chance) {
        return new SscHandRctStudy(SscHandRctDesign.create(instruments), instruments, chance).subjects();
    }

    private Study subjects() {
        ScreeningLog log = ScreeningLog.plan(ENROLLED, SCREEN_FAILURES.size(), LocalDate.of(2024, 2, 5), 8, chance);
        List<Arm> sequence = PermutedBlocks.sequence(design.arms(), 2, ENROLLED, chance);
        List<Sex> sexes = SscHandRctDesign.POPULATION.sexes(log.slots().size(), chance);
        // Withdrawn after allocation to standard care: the typical loss of an open-label surgical trial.
        int withdrawn = chance.pick(IntStream.range(0, ENROLLED)
                .filter(k -> sequence.get(k) == design.standardCare()).boxed().toList());
        List<Integer> others = chance.shuffled(IntStream.range(0, ENROLLED).filter(k -> k != withdrawn).boxed()
                .toList());
        for (ScreeningLog.Slot slot : log.slots()) {
            Subject s = SscHandRctDesign.POPULATION.screen(slot, sexes.get(slot.number() - 1),
                    chance.pick(design.sites()), design.baseline(), chance);
            s.setDiseaseActive(true);
            s.getNumericValues().add(numericValue("digitalUlcersAtScreening", chance.between(1, 4)));
            if (slot.excluded()) {
                failScreening(s, SCREEN_FAILURES.get(slot.exclusion()), slot.day());
            } else {
                int k = slot.enrolment();
                enrol(s, k, slot.day(), sequence.get(k), new Events(k == withdrawn, k == others.get(0),
                        k == others.get(1), k == others.get(2), k == others.get(3)));
            }
            design.study().getSubjects().add(s);
        }
        return design.study();
    }

    private void failScreening(Subject s, String why, LocalDate screened) {
        LocalDate day = screened.plusDays(chance.between(2, 9));
        switch (why) {
            case "bmi" -> {
                s.setBmi(chance.uniform(16.5, 17.9, 1));
                ConsortPath.exclude(s, day, design.baseline(), "I4: BMI " + s.getBmi() + ", too little fat to harvest");
            }
            case "noUlcer" -> {
                s.getNumericValues().get(0).setValue(0);
                ConsortPath.exclude(s, day, design.baseline(), "I3: no digital ulcer at screening");
            }
            default -> ConsortPath.decline(s, day, design.baseline(),
                    "Declined to participate: did not accept the chance of standard care alone");
        }
    }

    private void enrol(Subject s, int k, LocalDate screened, Arm arm, Events events) {
        LocalDate enrolled = screened.plusDays(chance.between(3, 10));
        ConsortPath.enrol(s, "MG-%03d".formatted(k + 1), enrolled, design.baseline());
        ConsortPath.allocate(s, arm, enrolled);
        if (events.withdrawn()) {
            ConsortPath.withdraw(s, enrolled.plusDays(chance.between(1, 5)), null,
                    "Withdrew consent after allocation to standard care alone: wished to receive fat grafting");
            return;
        }
        boolean grafted = arm == design.micrografts();
        LocalDate day0 = enrolled.plusDays(chance.between(7, 21));
        Procedure p = grafted ? graft(s, day0) : null;
        ConsortPath.treat(s, day0, design.baseline());
        if (grafted) {
            GRAFTING_HARMS.stream().filter(h -> chance.chance(0.2))
                    .forEach(h -> s.getAdverseEvents().add(h.occur(day0, p, chance)));
        }
        if (chance.chance(0.1)) {
            s.getAdverseEvents().add(HEADACHE.occur(day0, null, chance));
        }
        if (events.infection()) {
            s.getAdverseEvents().add((grafted ? INFECTED_ULCER_TREATED : INFECTED_ULCER_CONTROL)
                    .occur(day0, p, chance));
        }
        if (events.lost()) {
            ConsortPath.loseToFollowUp(s, day0.plusDays(196), design.month6(),
                    "Did not attend the 6-month visit; moved to another region");
            return;
        }
        LocalDate m6 = events.late() ? ConsortPath.lateVisitDay(design.month6(), day0, chance.between(3, 9))
                : ConsortPath.visitDay(design.month6(), day0, chance);
        if (events.late()) {
            s.getProtocolDeviations().add(deviation(m6, "visit window",
                    "6-month visit held after its window: rescheduled by the clinic", false));
        }
        if (events.shortDiary()) {
            s.getProtocolDeviations().add(deviation(m6, "assessment",
                    "6-month Raynaud's diary returned with 6 of 14 days recorded (10 expected)", false));
        }
        new SscHandRctOutcomes(instruments, chance).assess(s, grafted, day0.minusDays(chance.between(0, 7)), m6,
                events.shortDiary(), design);
        ConsortPath.complete(s, m6, design.month6());
    }

    /** Liposuction, 40 mL of fat micrografts mixed with 2 mL of SVF, injected into the most affected hand. */
    private Procedure graft(Subject s, LocalDate day0) {
        CellProduct product = cellProduct("FMG-" + s.getSubjectId(), CellProductType.FAT_MICROGRAFTS, s, day0,
                "fat micrografts (0.8 mm filter) mixed with SVF from enzymatic isolation");
        product.setVolumeMl(42);
        product.setTotalCellCount(chance.uniform(100, 300, 0) * 1e5);
        product.setViabilityPercent(chance.normal(83, 6, 70, 95, 1));
        design.study().getCellProducts().add(product);
        Procedure p = procedure(ProcedureType.FAT_GRAFTING, day0, design.baseline(),
                design.micrografts().getInterventions().get(0), chance.pick(List.of("Surgeon F", "Surgeon G")));
        p.setHarvestSite(chance.pick(List.of("abdomen", "flank")));
        p.setLipoaspirateVolumeMl(chance.between(80, 120));
        p.setCellProduct(product);
        p.getInjectionSites().addAll(SscHandRctDesign.handSites(chance.pick(List.of("right hand", "left hand"))));
        s.getProcedures().add(p);
        return p;
    }
}
