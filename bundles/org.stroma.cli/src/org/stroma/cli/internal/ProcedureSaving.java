package org.stroma.cli.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.stroma.cli.CommandArguments;
import org.stroma.cli.CommandFailure;
import org.stroma.cli.CommandIo;
import org.stroma.dosing.DosingResult;
import org.stroma.dosing.record.DoseCalculationRecord;
import org.stroma.dosing.record.ProcedureDosing;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.Permission;
import org.stroma.security.StudyAccess;
import org.stroma.study.records.CalendarDays;
import org.stroma.study.records.RecordIds;

/**
 * {@code stroma dose ... --db DIR --user NAME --study ID --subject ID --procedure ID}: saves the
 * calculation with a subject's procedure, signed in like every command on a study database and
 * through the same access control as the workbench, so each field of the new record is in the
 * audit trail under the user's name. A blinded user's study has no procedures: refused.
 */
final class ProcedureSaving {

    /** The options that ask for the save, besides {@code --user}. */
    static final List<String> OPTIONS = List.of("db", "user", "study", "subject", "procedure", "reason");

    static final String HELP = """
            Saving with a procedure (saved, then printed with where it was saved; a refusal saves nothing):
              --db DIR            workspace folder of the study database
              --user NAME         who calculates, signed in with the password from STROMA_PASSWORD or a
                                  prompt; the database key comes from STROMA_DB_KEY or a prompt
              --study ID          study id, as list-studies shows it
              --subject ID        the subject id (LF-004), screening id (S004) or record id
              --procedure ID      the procedure's record id (LOS-FACE-S004-PROC2) or its last part (PROC2);
                                  a wrong one is refused with the subject's procedures listed
              --reason TEXT       kept with the audit rows (a new calculation needs none)
            Investigators and coordinators may save; a user blinded in the study sees no procedures.""";

    /** Where a calculation was saved. */
    record Saved(String studyId, String subjectId, Procedure procedure, DoseCalculation record) {

        /** One line for the text output. */
        String sentence() {
            return "Saved with procedure " + procedure.getId() + " (" + what(procedure) + ") of subject " + subjectId
                    + " in study " + studyId + ": dose calculation " + record.getId() + ", by "
                    + record.getCalculatedBy() + " at " + record.getCalculatedAt().toInstant();
        }
    }

    private final StudyDatabases databases;

    ProcedureSaving(StudyDatabases databases) {
        this.databases = databases;
    }

    /** Whether the command line asks for a save; if so, every option it needs is given. */
    static boolean requested(CommandArguments arguments) {
        boolean asked = OPTIONS.stream().anyMatch(option -> arguments.value(option).isPresent());
        if (asked) {
            for (String option : List.of("db", "study", "subject", "procedure")) {
                arguments.required(option, option.equals("db") ? "DIR" : "ID");
            }
            StudyDatabases.user(arguments);
        }
        return asked;
    }

    /**
     * Saves {@code result} with the procedure the options name.
     *
     * @throws CommandFailure when the study, subject or procedure is not there for this user
     */
    Saved save(DosingResult result, CommandArguments arguments, CommandIo io) {
        String studyId = arguments.required("study", "ID");
        String subjectId = arguments.required("subject", "ID");
        String procedureId = arguments.required("procedure", "ID");
        try (SignedIn signedIn = databases.signIn(arguments, io)) {
            StudyAccess access = signedIn.studies();
            Study study = access.loadStudy(studyId).orElseThrow(
                    () -> new CommandFailure("no study " + studyId + " (stroma list-studies shows the ids)"));
            Subject subject = study.getSubjects().stream().filter(s -> names(s, subjectId)).findFirst()
                    .orElseThrow(() -> new CommandFailure("study " + studyId + " has no subject " + subjectId
                            + (signedIn.session().sites().isEmpty() ? "" : " at the sites of " + signedIn.session())));
            if (access.isBlindedIn(study) && subject.getAllocatedArm() == null && subject.getProcedures().isEmpty()) {
                throw new CommandFailure(signedIn.session() + " is blinded in study " + studyId + ": procedures are"
                        + " withheld, and a dose calculation is not saved with one");
            }
            Procedure procedure = subject.getProcedures().stream().filter(p -> names(p, procedureId)).findFirst()
                    .orElseThrow(() -> new CommandFailure("subject " + subjectId + " has no procedure " + procedureId
                            + "; its procedures: " + listed(subject)));
            signedIn.session().require(Permission.ENTER_SUBJECT_DATA);
            DoseCalculation record = ProcedureDosing.save(procedure,
                    DoseCalculationRecord.of(result, signedIn.session().userName(), Instant.now()));
            RecordIds.assignAdded(study);
            access.saveRecords(study, List.of(subject), arguments.value("reason").orElse(""));
            return new Saved(studyId, label(subject), procedure, record);
        }
    }

    private static boolean names(Subject subject, String id) {
        return id.equals(subject.getId()) || id.equals(subject.getSubjectId()) || id.equals(subject.getScreeningId());
    }

    private static boolean names(Procedure procedure, String id) {
        return procedure.getId().equals(id) || procedure.getId().toUpperCase(Locale.ROOT)
                .endsWith("-" + id.toUpperCase(Locale.ROOT));
    }

    private static String label(Subject subject) {
        return subject.getSubjectId() != null ? subject.getSubjectId() : subject.getScreeningId();
    }

    private static String listed(Subject subject) {
        if (subject.getProcedures().isEmpty()) {
            return "none";
        }
        return subject.getProcedures().stream().map(p -> p.getId() + " (" + what(p) + ")")
                .collect(Collectors.joining(", "));
    }

    /** E.g. {@code FAT_GRAFTING, 2023-05-16}. */
    static String what(Procedure procedure) {
        return (procedure.getType() == null ? "procedure" : procedure.getType().getLiteral())
                + (procedure.getDate() == null ? "" : ", " + CalendarDays.day(procedure.getDate()));
    }
}
