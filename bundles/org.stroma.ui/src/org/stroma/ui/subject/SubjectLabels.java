package org.stroma.ui.subject;

import java.time.LocalDate;
import java.util.Date;

import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.study.records.CalendarDays;

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
        return state.getLiteral().toLowerCase().replace('_', ' ');
    }

    /** A model date as an ISO day, empty for none. */
    public static String day(Date date) {
        LocalDate day = CalendarDays.day(date);
        return day == null ? "" : day.toString();
    }

    /** An enum literal as users read it: "RECOVERED_WITH_SEQUELAE" becomes "recovered with sequelae". */
    public static String words(Object literal) {
        return literal == null ? "" : literal.toString().toLowerCase().replace('_', ' ');
    }
}
