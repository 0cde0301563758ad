package org.stroma.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.stroma.model.study.Diagnosis;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Site;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.VisitDefinition;

/**
 * Who a study recruits, so that demographics are plausible for the disease: LoS patients are
 * young and mostly women, SSc patients middle-aged and mostly women; BMI 18.5-30 because the
 * fat is harvested by liposuction.
 *
 * @param femaleShare    share of women among those screened
 * @param minAge         youngest age at screening, in years
 * @param maxAge         oldest age at screening, in years
 * @param minDuration    shortest disease duration at screening, in months
 * @param maxDuration    longest disease duration at screening, in months
 */
record Population(Diagnosis diagnosis, List<String> subtypes, double femaleShare, int minAge, int maxAge,
        int minDuration, int maxDuration) {

    static final String CONSENT_VERSION = "1.0";

    /**
     * The sexes of everyone screened, women exactly at the population's share in shuffled order:
     * drawn one by one, 7 subjects could by chance come out mostly men.
     */
    List<Sex> sexes(int screened, Chance chance) {
        int women = (int) Math.round(femaleShare * screened);
        List<Sex> sexes = new ArrayList<>(Collections.nCopies(women, Sex.FEMALE));
        sexes.addAll(Collections.nCopies(screened - women, Sex.MALE));
        return chance.shuffled(sexes);
    }

    /** A person as screened: demographics, diagnosis, signed consent and the SCREENED event. */
    Subject screen(ScreeningLog.Slot slot, Sex sex, Site site, VisitDefinition screeningVisit, Chance chance) {
        LocalDate screeningDay = slot.day();
        Subject s = Make.F.createSubject();
        s.setScreeningId(slot.screeningId());
        s.setSite(site);
        s.setSex(sex);
        int age = chance.between(minAge, maxAge);
        bornToBeAged(s, screeningDay, age, chance);
        s.setBmi(chance.normal(s.getSex() == Sex.FEMALE ? 22.5 : 24, 2.8, 18.5, 30, 1));
        s.setDiagnosis(diagnosis);
        s.setSubtype(chance.pick(subtypes));
        // LoS often starts in childhood, but not before the age of about 3.
        s.setDiseaseDurationMonths(chance.between(minDuration, Math.clamp((age - 3) * 12L, minDuration, maxDuration)));
        s.getConsents().add(Make.consent(screeningDay, CONSENT_VERSION));
        s.getEvents().add(Make.event(SubjectState.SCREENED, screeningDay, screeningVisit, null));
        return s;
    }

    /** Sets the date of birth so the subject is exactly this old on the screening day. */
    static void bornToBeAged(Subject s, LocalDate screeningDay, int years, Chance chance) {
        s.setDateOfBirth(Make.date(screeningDay.minusYears(years).minusDays(chance.between(1, 360))));
    }
}
