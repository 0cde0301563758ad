package org.stroma.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is screened when, in order of screening, and which of them fail screening. Screening
 * numbers run over everyone screened (S001, S002 ...); subject numbers only over the enrolled.
 */
record ScreeningLog(List<Slot> slots) {

    /**
     * One person screened.
     *
     * @param enrolment index among the enrolled (0-based), or -1 for a screen failure
     * @param exclusion index among the screen failures (0-based), or -1 for an enrolled subject
     */
    record Slot(int number, LocalDate day, int enrolment, int exclusion) {

        String screeningId() {
            return "S%03d".formatted(number);
        }

        boolean excluded() {
            return exclusion >= 0;
        }
    }

    /** Screening days follow each other by 2 to {@code 2 * meanGapDays - 2} days, as referrals come. */
    static ScreeningLog plan(int enrolled, int excluded, LocalDate firstDay, int meanGapDays, Chance chance) {
        List<Integer> failures = chance.distinct(excluded, enrolled + excluded);
        List<Slot> slots = new ArrayList<>();
        LocalDate day = firstDay;
        int enrolment = 0;
        int exclusion = 0;
        for (int n = 0; n < enrolled + excluded; n++) {
            boolean fails = failures.contains(n);
            slots.add(new Slot(n + 1, day, fails ? -1 : enrolment++, fails ? exclusion++ : -1));
            day = day.plusDays(chance.between(2, 2 * meanGapDays - 2));
        }
        return new ScreeningLog(List.copyOf(slots));
    }
}
