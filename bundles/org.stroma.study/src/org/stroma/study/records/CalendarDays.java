package org.stroma.study.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The model's calendar dates (visit, onset, consent dates) are stored as midnight UTC of the
 * day they name, so a day stays the same day on every laptop's time zone.
 */
public final class CalendarDays {

    private CalendarDays() {
    }

    /** The calendar day, or null when no date was recorded. */
    public static LocalDate day(Date date) {
        // getTime() rather than toInstant(): java.sql.Date, which a store may hand back, refuses toInstant.
        return date == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), ZoneOffset.UTC);
    }

    /** The model's date for a calendar day, or null for none. */
    public static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
