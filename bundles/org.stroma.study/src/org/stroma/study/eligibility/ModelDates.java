package org.stroma.study.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** Reads the model's calendar dates, which are stored as midnight UTC of the day they name. */
final class ModelDates {

    private ModelDates() {
    }

    /** The calendar day, or null when no date was recorded. */
    static LocalDate day(Date date) {
        // getTime() rather than toInstant(): java.sql.Date, which a store may hand back, refuses toInstant.
        return date == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), ZoneOffset.UTC);
    }
}
