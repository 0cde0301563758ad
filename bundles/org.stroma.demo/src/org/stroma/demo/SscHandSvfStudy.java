package org.stroma.demo;

import org.stroma.study.forms.AssessmentForms;

import static org.stroma.demo.Make.*;

import java.time.LocalDate;
import java.util.List;

import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemValues;
import org.stroma.model.study.*;

/**
 * SSC-HAND-SVF at its real size: 7 treated and followed to 12 weeks, two screen failures, all
 * seven outcome instruments at baseline and 12 weeks with the hands improving, mild harms and
 * one late visit.
 */
final class SscHandSvfStudy {

    private static final int ENROLLED = 7;
    private static final List<String> SCREEN_FAILURES = List.of("infection", "age");
    private static final List<Harm> HARMS = List.of(
            new Harm("Bruising at the liposuction site", 1, false, Relatedness.DEFINITE, 0, 10, "none"),
            new Harm("Pain at the finger injection sites", 1, false, Relatedness.DEFINITE, 0, 5, "paracetamol"),
            new Harm("Transient paraesthesia of the fingers", 1, false, Relatedness.POSSIBLE, 0, 21, "none"));

    private final SscHandSvfDesign design;
    private final DemoInstruments instruments;
    private final Chance chance;

    private SscHandSvfStudy(SscHandSvfDesign design, DemoInstruments instruments, Chance chance) {
        this.design = design;
        this.instruments = instruments;
        this.chance = chance;
    }

    static Study build(DemoInstruments instruments, Chance chance) {
        return new SscHandSvfStudy(SscHandSvfDesign.create(instruments), instruments, chance).subjects();
    }

    private Study subjects() {
        ScreeningLog log = ScreeningLog.plan(ENROLLED, SCREEN_FAILURES.size(), LocalDate.of(2024, 1, 8), 10, chance);
        int late = chance.between(0, ENROLLED - 1);
        List<Sex> sexes = SscHandSvfDesign.POPULATION.sexes(log.slots().size(), chance);
        for (ScreeningLog.Slot slot : log.slots()) {
            Subject s = SscHandSvfDesign.POPULATION.screen(slot, sexes.get(slot.number() - 1), design.site(),
                    design.baseline(), chance);
            s.setDiseaseActive(true);
            s.getFlags().add(flagValue("handInfection", false));
            if (slot.excluded()) {
                failScreening(s, SCREEN_FAILURES.get(slot.exclusion()), slot.day());
            } else {
                enrolAndTreat(s, slot.enrolment(), slot.day(), slot.enrolment() == late);
            }
            design.study().getSubjects().add(s);
        }
        return design.study();
    }

    private void failScreening(Subject s, String why, LocalDate screened) {
        LocalDate day = screened.plusDays(chance.between(1, 7));
        if (why.equals("infection")) {
            s.getFlags().get(0).setValue(true);
            ConsortPath.exclude(s, day, design.baseline(), "I3: infected digital ulcer of the right hand");
        } else {
            int age = chance.between(71, 76);
            Population.bornToBeAged(s, screened, age, chance);
            ConsortPath.exclude(s, day, design.baseline(), "I2: aged " + age + ", outside 18 to 70");
        }
    }

    private void enrolAndTreat(Subject s, int k, LocalDate screened, boolean late) {
        LocalDate enrolled = screened.plusDays(chance.between(3, 10));
        ConsortPath.enrol(s, "SV-%03d".formatted(k + 1), enrolled, design.baseline());
        s.setAllocatedArm(design.arm()); // the only arm: no allocation step on the CONSORT path
        LocalDate day0 = enrolled.plusDays(chance.between(7, 21));
        LocalDate baselineDay = day0.minusDays(chance.between(0, 7));
        Procedure p = inject(s, day0);
        ConsortPath.treat(s, day0, design.baseline());
        HARMS.stream().filter(h -> chance.chance(0.35)).forEach(h -> s.getAdverseEvents().add(h.occur(day0, p, chance)));

        LocalDate week12 = late ? ConsortPath.lateVisitDay(design.week12(), day0, chance.between(2, 6))
                : ConsortPath.visitDay(design.week12(), day0, chance);
        if (late) {
            s.getProtocolDeviations().add(deviation(week12, "visit window",
                    "12-week visit held after its window: subject in hospital for an unrelated reason", false));
        }
        assess(s, baselineDay, week12);
        ConsortPath.complete(s, week12, design.week12());
    }

    /** Liposuction, closed-device SVF and 4 x 0.25 mL into each finger of both hands, the same day. */
    private Procedure inject(Subject s, LocalDate day0) {
        int minutes = chance.between(15, 20);
        CellProduct svf = cellProduct("SVF-" + s.getSubjectId(), CellProductType.SVF, s, day0,
                "closed-device enzymatic isolation and purification, " + minutes + " min");
        svf.setVolumeMl(9);
        svf.setTotalCellCount(chance.uniform(150, 500, 0) * 1e5);
        svf.setViabilityPercent(chance.normal(85, 5, 70, 95, 1));
        design.study().getCellProducts().add(svf);
        Procedure p = procedure(ProcedureType.CELL_INJECTION, day0, design.baseline(),
                design.arm().getInterventions().get(0), "Surgeon E");
        p.setHarvestSite("abdomen");
        p.setLipoaspirateVolumeMl(chance.between(60, 120));
        p.setCellProduct(svf);
        p.setDescription("Subcutaneous injection with a 25G needle under local anaesthesia");
        for (String hand : SscHandSvfDesign.HANDS) {
            for (String finger : SscHandSvfDesign.FINGERS) {
                p.getInjectionSites().add(SscHandSvfDesign.fingerSite(hand, finger));
            }
        }
        s.getProcedures().add(p);
        return p;
    }

    /** The seven instruments at baseline and 12 weeks, the second derived from the first. */
    private void assess(Subject s, LocalDate baselineDay, LocalDate week12) {
        Days days = new Days(baselineDay, week12);
        DemoInstruments in = instruments;
        ItemValues mrss = SkinForms.mrss(in.mrss(), s.getSubtype().startsWith("diffuse"), chance);
        both(s, in.mrss(), mrss, SkinForms.mrssLater(in.mrss(), mrss, 0.45, chance), days, "Rheumatologist");

        double difficulty = chance.uniform(0.8, 2.4, 2);
        both(s, in.cochin(), HandForms.cochin(in.cochin(), difficulty, chance),
                HandForms.cochin(in.cochin(), difficulty - chance.uniform(0.3, 0.8, 2), chance), days, "Patient");

        int right = chance.grade(7, 1.5, 3, 10);
        int left = chance.grade(7, 1.5, 3, 10);
        both(s, in.kapandji(), HandForms.kapandji(right, left), HandForms.kapandji(
                Math.min(10, right + chance.between(0, 2)), Math.min(10, left + chance.between(0, 2))), days,
                "Hand therapist");

        double disability = chance.uniform(0.6, 1.6, 2);
        double vas = chance.uniform(1.0, 2.2, 2);
        both(s, in.sscHaq(), PatientForms.haq(in.sscHaq(), disability, 0.15, vas, chance),
                PatientForms.haq(in.sscHaq(), disability - 0.25, 0.15, vas - 0.4, chance), days, "Patient");

        double raynaud = chance.uniform(4, 7, 1);
        both(s, in.rcs(), PatientForms.rcs("0-10", raynaud, chance.between(0, 2), chance),
                PatientForms.rcs("0-10", raynaud - chance.uniform(1, 2.5, 1), chance.between(0, 3), chance), days,
                "Patient");

        double pain = chance.normal(50, 15, 10, 90, 0);
        both(s, in.vasPain(), PatientForms.vasPain(pain, PatientForms.MM),
                PatientForms.vasPain(chance.normal(pain - 18, 10, 0, pain, 0), PatientForms.MM), days, "Patient");

        ItemValues fingers = HandForms.fingerCircumference(in.fingerCircumference(),
                s.getSex() == Sex.MALE ? 64 : 58, chance);
        both(s, in.fingerCircumference(), fingers, HandForms.fingerCircumferenceLater(fingers, -1.0, chance), days,
                "Hand therapist");
    }

    private record Days(LocalDate baseline, LocalDate week12) {
    }

    private void both(Subject s, Instrument instrument, ItemValues before, ItemValues after, Days days,
            String assessor) {
        s.getAssessments().add(AssessmentForms.record(instrument, before, design.baseline(), days.baseline(), assessor,
                false));
        s.getAssessments().add(AssessmentForms.record(instrument, after, design.week12(), days.week12(), assessor, false));
    }
}
