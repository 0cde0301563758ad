package org.stroma.study.forms;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stroma.model.study.Intervention;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.study.records.CalendarDays;

/**
 * A procedure as typed into the subject editor, checked field by field so each message can stand
 * beside its field: the date (ISO, {@code 2024-03-18}, not after today), the type, the visit of the
 * study's schedule it belongs to (optional), and the intervention it delivers, one of the subject's
 * allocated arm's (required when the arm has any).
 *
 * @param fields the typed text per field name ({@link #DATE}, {@link #TYPE}, {@link #VISIT} as the
 *               visit's code, {@link #INTERVENTION} as the intervention's id)
 * @param today  the day the entry is made
 */
public record ProcedureEntry(Map<String, String> fields, LocalDate today) {

    public static final String DATE = "date";
    public static final String TYPE = "type";
    public static final String VISIT = "visit";
    public static final String INTERVENTION = "intervention";

    public ProcedureEntry {
        fields = Map.copyOf(fields);
    }

    /** The interventions a procedure of {@code subject} may deliver: those of its allocated arm. */
    public static List<Intervention> interventions(Subject subject) {
        return subject.getAllocatedArm() == null ? List.of() : List.copyOf(subject.getAllocatedArm().getInterventions());
    }

    /** What is wrong, per field name, in form order; empty when the procedure can be added to {@code subject}. */
    public Map<String, String> problems(Subject subject) {
        Map<String, String> problems = new LinkedHashMap<>();
        String date = field(DATE);
        if (date.isEmpty()) {
            problems.put(DATE, "the date of the procedure is required (YYYY-MM-DD)");
        } else {
            try {
                LocalDate day = LocalDate.parse(date);
                if (day.isAfter(today)) {
                    problems.put(DATE, "date " + day + " is after today (" + today + ")");
                }
            } catch (DateTimeParseException e) {
                problems.put(DATE, "\"" + date + "\" is not a date; write YYYY-MM-DD");
            }
        }
        if (ProcedureType.get(field(TYPE)) == null) {
            problems.put(TYPE, "choose the type of procedure");
        }
        if (!field(VISIT).isEmpty() && visit(subject).isEmpty()) {
            problems.put(VISIT, "visit " + field(VISIT) + " is not in the study's schedule");
        }
        List<Intervention> allowed = interventions(subject);
        if (field(INTERVENTION).isEmpty()) {
            if (!allowed.isEmpty()) {
                problems.put(INTERVENTION, "choose the intervention of the subject's arm this procedure delivers");
            }
        } else if (intervention(subject).isEmpty()) {
            problems.put(INTERVENTION, "the intervention is not one of the subject's arm");
        }
        return problems;
    }

    /**
     * A new procedure of {@code subject} from the entry (not yet added to the subject).
     *
     * @throws IllegalStateException naming the first problem when the entry has any
     */
    public Procedure toProcedure(Subject subject) {
        Map<String, String> problems = problems(subject);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new IllegalStateException("procedure " + first.getKey() + ": " + first.getValue());
        }
        Procedure procedure = StudyFactory.eINSTANCE.createProcedure();
        procedure.setDate(CalendarDays.date(LocalDate.parse(field(DATE))));
        procedure.setType(ProcedureType.get(field(TYPE)));
        visit(subject).ifPresent(procedure::setVisit);
        intervention(subject).ifPresent(procedure::setIntervention);
        return procedure;
    }

    private Optional<VisitDefinition> visit(Subject subject) {
        if (!(subject.eContainer() instanceof Study study)) {
            return Optional.empty();
        }
        return study.getVisitSchedule().stream().filter(v -> v.getCode().equals(field(VISIT))).findFirst();
    }

    private Optional<Intervention> intervention(Subject subject) {
        return interventions(subject).stream().filter(i -> field(INTERVENTION).equals(i.getId())).findFirst();
    }

    private String field(String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }
}
