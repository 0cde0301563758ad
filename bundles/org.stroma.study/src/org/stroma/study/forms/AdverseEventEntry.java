package org.stroma.study.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Relatedness;
import org.stroma.study.records.CalendarDays;

/**
 * An adverse event as typed into its form, checked field by field so each message can stand
 * beside its field: term, onset and resolution dates (ISO, {@code 2024-03-18}), seriousness,
 * CTCAE grade 1-5, relatedness to the intervention and outcome.
 *
 * @param fields the typed text per field name ({@link #TERM}, {@link #ONSET}, ...)
 * @param today  the day the entry is made; no date may lie after it
 */
public record AdverseEventEntry(Map<String, String> fields, LocalDate today) {

    public static final String TERM = "term";
    public static final String DESCRIPTION = "description";
    public static final String ONSET = "onset";
    public static final String RESOLUTION = "resolution";
    public static final String SERIOUS = "serious";
    public static final String GRADE = "grade";
    public static final String RELATEDNESS = "relatedness";
    public static final String OUTCOME = "outcome";
    public static final String ACTION_TAKEN = "actionTaken";

    public AdverseEventEntry {
        fields = Map.copyOf(fields);
    }

    /** The typed fields of a recorded event, to fill the form with. */
    public static Map<String, String> fieldsOf(AdverseEvent ae) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(TERM, text(ae.getTerm()));
        fields.put(DESCRIPTION, text(ae.getDescription()));
        fields.put(ONSET, ae.getOnsetDate() == null ? "" : CalendarDays.day(ae.getOnsetDate()).toString());
        fields.put(RESOLUTION, ae.getResolutionDate() == null ? "" : CalendarDays.day(ae.getResolutionDate()).toString());
        fields.put(SERIOUS, Boolean.toString(ae.isSerious()));
        fields.put(GRADE, ae.getCtcaeGrade() == 0 ? "" : Integer.toString(ae.getCtcaeGrade()));
        fields.put(RELATEDNESS, ae.getRelatedness() == null ? "" : ae.getRelatedness().getLiteral());
        fields.put(OUTCOME, ae.getOutcome() == null ? "" : ae.getOutcome().getLiteral());
        fields.put(ACTION_TAKEN, text(ae.getActionTaken()));
        return fields;
    }

    /** What is wrong, per field name, in form order; empty when the event can be saved. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (field(TERM).isEmpty()) {
            problems.put(TERM, "the adverse event term is required (e.g. \"donor-site haematoma\")");
        }
        LocalDate onset = date(ONSET, true, problems);
        LocalDate resolution = date(RESOLUTION, false, problems);
        if (onset != null && resolution != null && resolution.isBefore(onset)) {
            problems.put(RESOLUTION, "resolution " + resolution + " is before onset " + onset);
        }
        Integer grade = grade(problems);
        Relatedness relatedness = Relatedness.get(field(RELATEDNESS));
        if (relatedness == null) {
            problems.put(RELATEDNESS, "choose how related the event is to the intervention");
        }
        AdverseEventOutcome outcome = AdverseEventOutcome.get(field(OUTCOME));
        if (outcome == null) {
            problems.put(OUTCOME, "choose the outcome");
        } else {
            boolean fatal = outcome == AdverseEventOutcome.FATAL;
            if (grade != null && fatal != (grade == 5)) {
                problems.put(GRADE, fatal ? "a fatal outcome is CTCAE grade 5" : "CTCAE grade 5 means a fatal outcome");
            }
            boolean recovered = outcome == AdverseEventOutcome.RECOVERED
                    || outcome == AdverseEventOutcome.RECOVERED_WITH_SEQUELAE;
            if (recovered && field(RESOLUTION).isEmpty() && !problems.containsKey(RESOLUTION)) {
                problems.put(RESOLUTION, "a recovered event needs its resolution date");
            }
        }
        return problems;
    }

    /**
     * Writes the entry into the event.
     *
     * @throws IllegalStateException naming the first problem when the entry has any; the event
     *                               is left as it was
     */
    public void applyTo(AdverseEvent ae) {
        Map<String, String> problems = problems();
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new IllegalStateException("adverse event " + first.getKey() + ": " + first.getValue());
        }
        ae.setTerm(field(TERM));
        ae.setDescription(field(DESCRIPTION).isEmpty() ? null : field(DESCRIPTION));
        ae.setOnsetDate(CalendarDays.date(LocalDate.parse(field(ONSET))));
        ae.setResolutionDate(field(RESOLUTION).isEmpty() ? null : CalendarDays.date(LocalDate.parse(field(RESOLUTION))));
        ae.setSerious(Boolean.parseBoolean(field(SERIOUS)));
        ae.setCtcaeGrade(Integer.parseInt(field(GRADE)));
        ae.setRelatedness(Relatedness.get(field(RELATEDNESS)));
        ae.setOutcome(AdverseEventOutcome.get(field(OUTCOME)));
        ae.setActionTaken(field(ACTION_TAKEN).isEmpty() ? null : field(ACTION_TAKEN));
    }

    private LocalDate date(String name, boolean required, Map<String, String> problems) {
        String text = field(name);
        if (text.isEmpty()) {
            if (required) {
                problems.put(name, "the " + name + " date is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isAfter(today)) {
                problems.put(name, name + " " + day + " is after today (" + today + ")");
            }
            return day;
        } catch (DateTimeParseException e) {
            problems.put(name, "\"" + text + "\" is not a date; write YYYY-MM-DD");
            return null;
        }
    }

    private Integer grade(Map<String, String> problems) {
        String text = field(GRADE);
        if (text.matches("[1-5]")) {
            return Integer.parseInt(text);
        }
        problems.put(GRADE, text.isEmpty() ? "the CTCAE grade is required (1-5)"
                : "CTCAE grade \"" + text + "\" is outside 1-5");
        return null;
    }

    private String field(String name) {
        return text(fields.get(name)).strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
