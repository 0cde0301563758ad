package org.stroma.demo;

import java.time.LocalDate;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.VisitDefinition;

/** The steps of a subject's CONSORT path, each recorded as a SubjectEvent in order. */
final class ConsortPath {

    private ConsortPath() {
    }

    static void exclude(Subject s, LocalDate day, VisitDefinition screening, String reason) {
        s.getEvents().add(Make.event(SubjectState.EXCLUDED, day, screening, reason));
    }

    /** A screened person who chose not to take part: excluded, and the screening consent withdrawn. */
    static void decline(Subject s, LocalDate day, VisitDefinition screening, String reason) {
        s.getConsents().forEach(c -> c.setWithdrawnDate(Make.date(day)));
        exclude(s, day, screening, reason);
    }

    static void enrol(Subject s, String subjectId, LocalDate day, VisitDefinition screening) {
        s.setSubjectId(subjectId);
        s.getEvents().add(Make.event(SubjectState.ENROLLED, day, screening, null));
    }

    static void allocate(Subject s, Arm arm, LocalDate day) {
        s.setAllocatedArm(arm);
        s.getEvents().add(Make.event(SubjectState.ALLOCATED, day, null, null));
    }

    static void treat(Subject s, LocalDate day, VisitDefinition visit) {
        s.getEvents().add(Make.event(SubjectState.TREATED, day, visit, null));
    }

    /** Seen at the last visit of the schedule, which ends the subject's participation. */
    static void complete(Subject s, LocalDate day, VisitDefinition lastVisit) {
        s.getEvents().add(Make.event(SubjectState.FOLLOWED_UP, day, lastVisit, null));
        s.getEvents().add(Make.event(SubjectState.COMPLETED, day, lastVisit, null));
    }

    /** Consent withdrawn: no further data are collected from that day. */
    static void withdraw(Subject s, LocalDate day, VisitDefinition visit, String reason) {
        s.getConsents().forEach(c -> c.setWithdrawnDate(Make.date(day)));
        s.getEvents().add(Make.event(SubjectState.WITHDRAWN, day, visit, reason));
    }

    static void loseToFollowUp(Subject s, LocalDate day, VisitDefinition missedVisit, String reason) {
        s.getEvents().add(Make.event(SubjectState.LOST_TO_FOLLOW_UP, day, missedVisit, reason));
    }

    /**
     * The day a visit took place: its target day after day 0, moved within its window by up to a
     * week, as clinic diaries move appointments.
     */
    static LocalDate visitDay(VisitDefinition visit, LocalDate day0, Chance chance) {
        int early = Math.min(visit.getWindowBeforeDays(), 7);
        int late = Math.min(visit.getWindowAfterDays(), 7);
        return day0.plusDays(visit.getTargetDay() + chance.between(-early, late));
    }

    /** A visit held this many days after its window closed, the commonest protocol deviation. */
    static LocalDate lateVisitDay(VisitDefinition visit, LocalDate day0, int daysLate) {
        return day0.plusDays(visit.getTargetDay() + visit.getWindowAfterDays() + daysLate);
    }
}
