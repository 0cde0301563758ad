package org.stroma.ui.subject;

import java.time.LocalDate;
import java.util.Date;

import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.study.records.CalendarDays;
import org.stroma.study.records.DomainWords;

/** How subjects and their values are written in the subject editor. */
public final class SubjectLabels {

    private SubjectLabels() {
    }

    /** The subject id once enrolled, else the screening id. */
    public static String id(Subject subject) {
        return subject.getSubjectId() != null ? subject.getSubjectId() : subject.getScreeningId();
    }

    /** A state as users say it: "lost to follow up". */
    public static String state(SubjectState state) {
        return DomainWords.literal(state);
    }

    /** A model date as an ISO day, empty for none. */
    public static String day(Date date) {
        LocalDate day = CalendarDays.day(date);
        return day == null ? "" : day.toString();
    }
}
