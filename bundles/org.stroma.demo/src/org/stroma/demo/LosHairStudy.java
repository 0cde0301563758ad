package org.stroma.demo;

import org.stroma.study.forms.AssessmentForms;

import static org.stroma.demo.Make.*;

import java.time.LocalDate;
import java.util.List;

import org.stroma.instrument.api.ItemValues;
import org.stroma.model.study.*;

/**
 * LOS-HAIR at its real size: 40 randomized in permuted blocks of 4 over two sites, five screen
 * failures (one per kind of criterion that fails in practice), one withdrawal before surgery,
 * one loss to follow-up, LoSCAT and pain, harms and deviations.
 */
final class LosHairStudy {

    private static final int ENROLLED = 40;
    private static final List<String> SCREEN_FAILURES = List.of("bmi", "age", "active", "donorHair", "declined");
    private static final List<Harm> COMMON_HARMS = List.of(
            new Harm("Scalp swelling", 1, false, Relatedness.DEFINITE, 0, 7, "none"),
            new Harm("Folliculitis in the recipient area", 1, false, Relatedness.PROBABLE, 14, 14,
                    "topical antibiotic"),
            new Harm("Numbness of the scalp", 1, false, Relatedness.PROBABLE, 0, 0, "observation"));
    private static final Harm DONOR_INFECTION = new Harm(
            "Wound infection of the occipital donor area requiring hospital admission", 3, true,
            Relatedness.PROBABLE, 4, 10, "hospitalised; intravenous antibiotics and drainage");

    /** What befalls one enrolled subject besides the protocol. */
    private record Events(boolean withdrawn, boolean lost, boolean late, boolean infection) {
    }

    private final LosHairDesign design;
    private final DemoInstruments instruments;
    private final Chance chance;

    private LosHairStudy(LosHairDesign design, DemoInstruments instruments, Chance chance) {
        this.design = design;
        this.instruments = instruments;
        this.chance = chance;
    }

    static Study build(DemoInstruments instruments, Chance chance) {
        return new LosHairStudy(LosHairDesign.create(instruments), instruments, chance).subjects();
    }

    private Study subjects() {
        ScreeningLog log = ScreeningLog.plan(ENROLLED, SCREEN_FAILURES.size(), LocalDate.of(2023, 9, 4), 6, chance);
        List<Arm> sequence = PermutedBlocks.sequence(design.arms(), 2, ENROLLED, chance);
        List<Sex> sexes = LosHairDesign.POPULATION.sexes(log.slots().size(), chance);
        List<Integer> special = chance.distinct(4, ENROLLED); // four different subjects
        for (ScreeningLog.Slot slot : log.slots()) {
            Subject s = screen(slot, sexes.get(slot.number() - 1));
            if (slot.excluded()) {
                failScreening(s, SCREEN_FAILURES.get(slot.exclusion()), slot.day());
            } else {
                int k = slot.enrolment();
                enrol(s, k, slot.day(), sequence.get(k), new Events(k == special.get(0), k == special.get(1),
                        k == special.get(2), k == special.get(3)));
            }
            design.study().getSubjects().add(s);
        }
        return design.study();
    }

    private Subject screen(ScreeningLog.Slot slot, Sex sex) {
        Subject s = LosHairDesign.POPULATION.screen(slot, sex, chance.pick(design.sites()), design.screening(),
                chance);
        s.setDiseaseActive(false);
        s.setInactiveMonths(chance.between(14, Math.max(14, s.getDiseaseDurationMonths() - 6)));
        s.getFlags().addAll(List.of(flagValue("secondaryAlopeciaFromLoS", true),
                flagValue("sufficientDonorHair", true), flagValue("fitForSurgery", true)));
        s.getNumericValues().add(numericValue("alopeciaDurationMonths",
                chance.between(8, Math.min(120, s.getDiseaseDurationMonths()))));
        return s;
    }

    private void failScreening(Subject s, String why, LocalDate screened) {
        LocalDate day = screened.plusDays(chance.between(3, 10));
        VisitDefinition scr = design.screening();
        switch (why) {
            case "bmi" -> {
                s.setBmi(chance.uniform(15.6, 16.9, 1));
                ConsortPath.exclude(s, day, scr, "I7: BMI " + s.getBmi() + " below 17");
            }
            case "age" -> {
                int age = chance.between(60, 66);
                Population.bornToBeAged(s, screened, age, chance);
                ConsortPath.exclude(s, day, scr, "I8: aged " + age + ", outside 18 to 59");
            }
            case "active" -> {
                s.setInactiveMonths(chance.between(3, 11));
                ConsortPath.exclude(s, day, scr, "I5: disease inactive for only " + s.getInactiveMonths()
                        + " months, more than 12 required");
            }
            case "donorHair" -> {
                s.getFlags().stream().filter(f -> f.getName().equals("sufficientDonorHair"))
                        .forEach(f -> f.setValue(false));
                ConsortPath.exclude(s, day, scr, "I4: not enough occipital donor hair for transplantation");
            }
            default -> ConsortPath.decline(s, day, scr, "Declined to participate: preferred to wait for a wig fitting");
        }
    }

    private void enrol(Subject s, int k, LocalDate screened, Arm arm, Events events) {
        LocalDate enrolled = screened.plusDays(chance.between(5, 12));
        ConsortPath.enrol(s, "LH-%03d".formatted(k + 1), enrolled, design.screening());
        ConsortPath.allocate(s, arm, enrolled);
        ItemValues loscatBefore = SkinForms.loscat(List.of("head"), 1.6, 40, chance);
        s.getAssessments().add(AssessmentForms.record(instruments.loscat(), loscatBefore, design.screening(), screened,
                "Dermatologist", false));
        LocalDate day0 = enrolled.plusDays(chance.between(10, 30));
        if (events.withdrawn()) {
            ConsortPath.withdraw(s, day0.minusDays(3), null,
                    "Withdrew consent before surgery: unwilling to have the donor area shaved");
            return;
        }
        boolean gel = arm == design.gel();
        Procedure p = transplant(s, arm, day0);
        ConsortPath.treat(s, day0, design.surgery());
        COMMON_HARMS.stream().filter(h -> chance.chance(0.07))
                .forEach(h -> s.getAdverseEvents().add(h.occur(day0, p, chance)));
        if (events.infection()) {
            s.getAdverseEvents().add(DONOR_INFECTION.occur(day0, p, chance));
        }

        LocalDate m1 = ConsortPath.visitDay(design.month1(), day0, chance);
        s.getAssessments().add(AssessmentForms.record(instruments.vasPain(),
                PatientForms.vasPain(chance.normal(gel ? 18 : 14, 9, 0, 70, 0), PatientForms.MM), design.month1(), m1,
                "Patient", false));
        if (events.lost()) {
            ConsortPath.loseToFollowUp(s, day0.plusDays(196), design.month6(),
                    "Changed phone number; letters unanswered");
            return;
        }
        LocalDate m6 = events.late() ? ConsortPath.lateVisitDay(design.month6(), day0, chance.between(4, 10))
                : ConsortPath.visitDay(design.month6(), day0, chance);
        if (events.late()) {
            s.getProtocolDeviations().add(deviation(m6, "visit window",
                    "6-month visit held after its window: subject travelling", false));
        }
        s.getAssessments().add(AssessmentForms.record(instruments.loscat(),
                SkinForms.loscatLater(loscatBefore, gel ? 0.3 : 0.1, gel ? 15 : 6, chance), design.month6(), m6,
                "Dermatologist", true));
        s.getAssessments().add(AssessmentForms.record(instruments.vasPain(),
                PatientForms.vasPain(chance.normal(5, 5, 0, 40, 0), PatientForms.MM), design.month6(), m6,
                "Patient", false));
        ConsortPath.complete(s, m6, design.month6());
    }

    /** Follicular unit transplantation; the gel arm also has liposuction and ECM/SVF-gel injections. */
    private Procedure transplant(Subject s, Arm arm, LocalDate day0) {
        Procedure p = procedure(ProcedureType.HAIR_TRANSPLANTATION, day0, design.surgery(),
                arm.getInterventions().get(0), chance.pick(List.of("Surgeon C", "Surgeon D")));
        int units = chance.between(40, 150) * 10;
        p.setDescription("Follicular unit extraction from the occipital donor area; " + units
                + " follicular units implanted into the alopecic patch");
        if (arm == design.gel()) {
            int gelTenths = chance.between(30, 80);
            CellProduct gel = cellProduct("GEL-" + s.getSubjectId(), CellProductType.ECM_SVF_GEL, s, day0,
                    "mechanical emulsification (intersyringe shifting) and centrifugation, no enzymes");
            gel.setVolumeMl(gelTenths / 10.0);
            gel.setTotalCellCount(chance.uniform(5, 30, 1) * 1e6);
            gel.setViabilityPercent(chance.normal(82, 6, 70, 95, 1));
            design.study().getCellProducts().add(gel);
            p.setHarvestSite(chance.pick(List.of("abdomen", "inner thigh")));
            p.setLipoaspirateVolumeMl(chance.between(40, 80));
            p.setCellProduct(gel);
            p.getInjectionSites().add(injection("scalp", "alopecic patch, recipient area", 0.1, gelTenths));
        }
        s.getProcedures().add(p);
        return p;
    }
}
