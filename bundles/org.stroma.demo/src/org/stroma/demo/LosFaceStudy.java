package org.stroma.demo;

import org.stroma.study.forms.AssessmentForms;

import static org.stroma.demo.Make.*;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.stroma.instrument.api.ItemValues;
import org.stroma.model.study.*;

/**
 * LOS-FACE at its real size: 18 randomized in permuted blocks of 6, three screen failures, one
 * lost to follow-up before the 6-month MRI, fat volume retention by arm, LoSCAT, pain, harms.
 */
final class LosFaceStudy {

    private static final int ENROLLED = 18;
    private static final List<String> SCREEN_FAILURES = List.of("bmi", "active", "declined");
    private static final List<Harm> COMMON_HARMS = List.of(
            new Harm("Bruising at the donor site", 1, false, Relatedness.DEFINITE, 0, 12, "none"),
            new Harm("Facial swelling", 1, false, Relatedness.DEFINITE, 0, 9, "cold packs"),
            new Harm("Palpable nodule at the graft site", 2, false, Relatedness.POSSIBLE, 45, 0, "observation"));
    private static final Harm CELLULITIS = new Harm(
            "Facial cellulitis requiring hospital admission for intravenous antibiotics", 3, true,
            Relatedness.PROBABLE, 3, 12, "hospitalised; intravenous antibiotics");

    private final LosFaceDesign design;
    private final DemoInstruments instruments;
    private final Chance chance;

    private LosFaceStudy(LosFaceDesign design, DemoInstruments instruments, Chance chance) {
        this.design = design;
        this.instruments = instruments;
        this.chance = chance;
    }

    static Study build(DemoInstruments instruments, Chance chance) {
        return new LosFaceStudy(LosFaceDesign.create(instruments), instruments, chance).subjects();
    }

    private Study subjects() {
        ScreeningLog log = ScreeningLog.plan(ENROLLED, SCREEN_FAILURES.size(), LocalDate.of(2023, 3, 6), 9, chance);
        List<Arm> sequence = PermutedBlocks.sequence(design.arms(), 2, ENROLLED, chance);
        List<Sex> sexes = LosFaceDesign.POPULATION.sexes(log.slots().size(), chance);
        int lost = chance.between(0, ENROLLED - 1);
        int late = (lost + chance.between(1, ENROLLED - 1)) % ENROLLED;
        int cellulitis = chance.between(0, ENROLLED - 1);
        List<Integer> adscSubjects = IntStream.range(0, ENROLLED)
                .filter(k -> sequence.get(k) == design.adsc()).boxed().toList();
        int slowCulture = chance.pick(adscSubjects);
        for (ScreeningLog.Slot slot : log.slots()) {
            Subject s = screen(slot, sexes.get(slot.number() - 1));
            if (slot.excluded()) {
                failScreening(s, SCREEN_FAILURES.get(slot.exclusion()), slot.day());
            } else {
                int k = slot.enrolment();
                enrolAndTreat(s, k, slot.day(), sequence.get(k), new Events(k == lost, k == late, k == cellulitis,
                        k == slowCulture));
            }
            design.study().getSubjects().add(s);
        }
        return design.study();
    }

    private Subject screen(ScreeningLog.Slot slot, Sex sex) {
        Subject s = LosFaceDesign.POPULATION.screen(slot, sex, design.site(), design.screening(), chance);
        s.setDiseaseActive(false);
        s.setInactiveMonths(chance.between(14, Math.max(14, Math.min(72, s.getDiseaseDurationMonths() - 6))));
        return s;
    }

    private void failScreening(Subject s, String why, LocalDate screened) {
        LocalDate day = screened.plusDays(chance.between(3, 10));
        switch (why) {
            case "bmi" -> {
                s.setBmi(chance.uniform(15.6, 16.9, 1));
                ConsortPath.exclude(s, day, design.screening(), "I4: BMI " + s.getBmi() + " below 17");
            }
            case "active" -> {
                s.setInactiveMonths(chance.between(4, 10));
                ConsortPath.exclude(s, day, design.screening(), "I2: disease inactive for only "
                        + s.getInactiveMonths() + " months, more than 12 required");
            }
            default -> ConsortPath.decline(s, day, design.screening(),
                    "Declined to participate: did not wish to undergo liposuction");
        }
    }

    /** What befalls one enrolled subject besides the protocol. */
    private record Events(boolean lost, boolean late, boolean cellulitis, boolean slowCulture) {
    }

    private void enrolAndTreat(Subject s, int k, LocalDate screened, Arm arm, Events events) {
        LocalDate enrolled = screened.plusDays(chance.between(5, 12));
        ConsortPath.enrol(s, "LF-%03d".formatted(k + 1), enrolled, design.screening());
        ConsortPath.allocate(s, arm, enrolled);
        ItemValues loscatBefore = SkinForms.loscat(affectedSites(), 2.2, 45, chance);
        s.getAssessments().add(AssessmentForms.record(instruments.loscat(), loscatBefore, design.screening(), screened,
                "Dermatologist", false));

        LosFaceGrafting.Grafted graft = new LosFaceGrafting(design, chance).graft(s, arm, enrolled,
                events.slowCulture());
        LocalDate day0 = graft.day0();
        ConsortPath.treat(s, day0, design.surgery());
        COMMON_HARMS.stream().filter(h -> chance.chance(0.12))
                .forEach(h -> s.getAdverseEvents().add(h.occur(day0, graft.procedure(), chance)));
        if (events.cellulitis()) {
            s.getAdverseEvents().add(CELLULITIS.occur(day0, graft.procedure(), chance));
        }

        LocalDate m3 = ConsortPath.visitDay(design.month3(), day0, chance);
        s.getAssessments().add(AssessmentForms.record(instruments.vasPain(),
                PatientForms.vasPain(chance.normal(12, 8, 0, 60, 0), PatientForms.MM), design.month3(), m3,
                "Patient", false));
        if (events.lost()) {
            ConsortPath.loseToFollowUp(s, day0.plusDays(196), design.month6(),
                    chance.pick(List.of("Moved abroad, not reachable", "Did not attend; three calls unanswered")));
            return;
        }
        LocalDate m6 = events.late() ? ConsortPath.lateVisitDay(design.month6(), day0, chance.between(5, 12))
                : ConsortPath.visitDay(design.month6(), day0, chance);
        if (events.late()) {
            s.getProtocolDeviations().add(deviation(m6, "visit window",
                    "6-month visit held after its window (MRI scanner unavailable)", false));
        }
        double retention = chance.normal(design.meanRetention(arm), 10, 10, 100, 1);
        double followUpMl = Chance.round(graft.injectedMl() * retention / 100, 1);
        Assessment mri = AssessmentForms.record(instruments.fatVolumeRetention(), ItemValues.builder()
                .put("injectedVolume", graft.injectedMl()).put("followUpVolume", followUpMl)
                .put("method", "MRI_CAVALIERI").build(), design.month6(), m6, "Radiologist", true);
        mri.setMethod("MRI, fat-selective sequence, 3 mm slices; Cavalieri (slice spacing x sum of graft areas)");
        s.getAssessments().add(mri);
        s.getAssessments().add(AssessmentForms.record(instruments.vasPain(),
                PatientForms.vasPain(chance.normal(6, 5, 0, 40, 0), PatientForms.MM), design.month6(), m6,
                "Patient", false));
        s.getAssessments().add(AssessmentForms.record(instruments.loscat(),
                SkinForms.loscatLater(loscatBefore, retention / 100, retention / 3, chance), design.month6(), m6,
                "Dermatologist", true));
        ConsortPath.complete(s, m6, design.month6());
    }

    /** The face always; the neck or an arm in some, since LoS lesions are often multiple. */
    private List<String> affectedSites() {
        return chance.chance(0.3) ? List.of("head", chance.pick(List.of("neck", "rightArm", "leftForearm")))
                : List.of("head");
    }
}
