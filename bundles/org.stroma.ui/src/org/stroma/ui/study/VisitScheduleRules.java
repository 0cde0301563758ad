package org.stroma.ui.study;

import java.util.List;
import java.util.Optional;

import org.stroma.model.study.Study;
import org.stroma.model.study.VisitDefinition;

/**
 * Checks on changes to a visit of the schedule. Besides well-formed numbers, the schedule has
 * to stay usable for the visits recorded against it: visits stay in the order of their target
 * days, and no two windows share a day, so every visit date belongs to exactly one visit.
 */
final class VisitScheduleRules {

    /** Longer than a year is not a visit window but a mistake. */
    static final int LONGEST_WINDOW_DAYS = 365;

    /**
     * A visit's window: from {@code day - before} to {@code day + after}, days from baseline.
     */
    record VisitWindow(String code, int day, int before, int after) {

        static VisitWindow of(VisitDefinition visit) {
            return new VisitWindow(visit.getCode(), visit.getTargetDay(), visit.getWindowBeforeDays(),
                    visit.getWindowAfterDays());
        }

        int opens() {
            return day - before;
        }

        int closes() {
            return day + after;
        }

        /** "day 84", or "day 77 to 91" when the window is open on either side. */
        String inWords() {
            return before == 0 && after == 0 ? "day " + day : "day " + opens() + " to " + closes();
        }
    }

    private VisitScheduleRules() {
    }

    static Checked<String> name(String text) {
        String name = text.strip();
        return name.isEmpty() ? Checked.refused("A visit needs a name.") : Checked.accepted(name);
    }

    static Checked<Integer> targetDay(VisitDefinition visit, String text) {
        Optional<Integer> day = whole(text);
        if (day.isEmpty()) {
            return Checked.refused("The target day must be a whole number of days from baseline (day 0), e.g. 84.");
        }
        VisitWindow now = VisitWindow.of(visit);
        return fits(visit, new VisitWindow(now.code(), day.get(), now.before(), now.after()), day.get());
    }

    static Checked<Integer> windowBefore(VisitDefinition visit, String text) {
        Checked<Integer> days = windowDays(text);
        if (!days.isAccepted()) {
            return days;
        }
        VisitWindow now = VisitWindow.of(visit);
        return fits(visit, new VisitWindow(now.code(), now.day(), days.value(), now.after()), days.value());
    }

    static Checked<Integer> windowAfter(VisitDefinition visit, String text) {
        Checked<Integer> days = windowDays(text);
        if (!days.isAccepted()) {
            return days;
        }
        VisitWindow now = VisitWindow.of(visit);
        return fits(visit, new VisitWindow(now.code(), now.day(), now.before(), days.value()), days.value());
    }

    private static Checked<Integer> windowDays(String text) {
        Optional<Integer> days = whole(text);
        if (days.isEmpty()) {
            return Checked.refused("A window is a whole number of days, e.g. 14; 0 for none.");
        }
        if (days.get() < 0) {
            return Checked.refused("A window cannot be negative; give 0 for no window.");
        }
        if (days.get() > LONGEST_WINDOW_DAYS) {
            return Checked.refused("A window of more than " + LONGEST_WINDOW_DAYS + " days is not a visit window.");
        }
        return Checked.accepted(days.get());
    }

    /** Accepts {@code value} when the visit, changed to {@code proposed}, keeps the schedule usable. */
    private static Checked<Integer> fits(VisitDefinition visit, VisitWindow proposed, int value) {
        List<VisitDefinition> schedule = visit.eContainer() instanceof Study study ? study.getVisitSchedule()
                : List.of(visit);
        int index = schedule.indexOf(visit);
        if (index > 0) {
            VisitWindow before = VisitWindow.of(schedule.get(index - 1));
            if (proposed.day() <= before.day()) {
                return Checked.refused("Day " + proposed.day() + " is not after the visit before it, " + before.code()
                        + " on day " + before.day() + "; the schedule keeps its visits in order.");
            }
            if (proposed.opens() <= before.closes()) {
                return overlap(proposed, before);
            }
        }
        if (index >= 0 && index < schedule.size() - 1) {
            VisitWindow after = VisitWindow.of(schedule.get(index + 1));
            if (proposed.day() >= after.day()) {
                return Checked.refused("Day " + proposed.day() + " is not before the visit after it, " + after.code()
                        + " on day " + after.day() + "; the schedule keeps its visits in order.");
            }
            if (after.opens() <= proposed.closes()) {
                return overlap(proposed, after);
            }
        }
        return Checked.accepted(value);
    }

    private static Checked<Integer> overlap(VisitWindow proposed, VisitWindow other) {
        return Checked.refused("The window " + proposed.inWords() + " would overlap " + other.code() + " ("
                + other.inWords() + "); a visit date must belong to one visit only.");
    }

    private static Optional<Integer> whole(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
