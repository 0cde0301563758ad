package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;
import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * {@code stroma dose ... --db --study --subject --procedure}: the calculation is saved with the
 * subject's procedure under the signed-in user, read back from the database with its audit rows;
 * a wrong subject or procedure, a blinded or read-only user and a wrong number save nothing.
 */
@ExtendWith(ServiceExtension.class)
class DoseSavedWithProcedureTest {

    private static final String STUDY = "LOS-FACE";
    private static final String[] FACIAL_ADSC = {"dose", "adsc", "--dose", "5 x 10^5 cells/mL", "--graft-volume",
        "20 mL", "--viability", "90", "--losses", "20"};

    @InjectService
    CommandDispatcher stroma;

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private Path demo;
    private Procedure grafting;

    @BeforeEach
    void createDemo() {
        demo = temp.resolve("demo");
        assertEquals(0, CommandRun.of(stroma, "demo", "--db", demo.toString()).exit());
        grafting = procedures().filter(p -> p.getType() == ProcedureType.FAT_GRAFTING
                && p.getIntervention() instanceof AdscAssistedFatGrafting).findFirst().orElseThrow();
    }

    /** Every procedure of the study, as stored (read past the access control). */
    private Stream<Procedure> procedures() {
        try (StudyDatabase database = store.open(demo, DatabaseKey.of("stroma-demo-key"))) {
            return database.loadStudy(STUDY).orElseThrow().getSubjects().stream()
                    .flatMap(s -> s.getProcedures().stream()).toList().stream();
        }
    }

    private Procedure stored(String procedureId) {
        return procedures().filter(p -> p.getId().equals(procedureId)).findFirst().orElseThrow();
    }

    private List<AuditEntry> auditTrail(String recordId) {
        try (StudyDatabase database = store.open(demo, DatabaseKey.of("stroma-demo-key"))) {
            return database.auditTrail(recordId);
        }
    }

    private String subjectId() {
        return ((Subject) grafting.eContainer()).getSubjectId();
    }

    /** The facial ADSC dose, saved with {@code procedure} of {@code subject} by {@code user}. */
    private CommandRun save(String user, String subject, String procedure, String... more) {
        String[] saving = {"--db", demo.toString(), "--user", user, "--study", STUDY, "--subject", subject,
            "--procedure", procedure};
        String[] args = Stream.of(FACIAL_ADSC, saving, more).flatMap(Arrays::stream).toArray(String[]::new);
        return CommandRun.of(stroma, args);
    }

    @Test
    void theCalculationIsSavedWithTheProcedureAndReadBackWithItsAuditRows() {
        String shortId = grafting.getId().substring(grafting.getId().lastIndexOf('-') + 1);
        CommandRun text = save("coordinator", subjectId(), shortId);
        assertEquals(0, text.exit(), text.err());
        // 5 x 10^5 cells/mL x 20 mL = 1.0 x 10^7; / (0.8 x 0.9) = 13888888.9, rounded up to 13888889
        assertTrue(text.out().contains("Cells to prepare            1.4 × 10⁷ cells (13888889)"), text.out());
        String saved = text.out().lines().reduce((first, last) -> last).orElseThrow();
        assertTrue(saved.startsWith("Saved with procedure " + grafting.getId() + " (FAT_GRAFTING, ")
                && saved.contains(" of subject " + subjectId() + " in study LOS-FACE: dose calculation "
                        + grafting.getId() + "-") && saved.contains(", by coordinator at "), saved);

        List<DoseCalculation> calculations = stored(grafting.getId()).getDoseCalculations();
        assertEquals(1, calculations.size());
        DoseCalculation record = calculations.get(0);
        assertEquals(List.of("adsc", "adsc-dose/1", "coordinator"),
                List.of(record.getCalculation(), record.getFormulaVersion(), record.getCalculatedBy()));
        assertEquals(String.join("\n", "Dose = 5.0 × 10⁵ cells/mL of fat", "Graft volume = 20.0 mL",
                "Viability = 90 %", "Processing losses = 20 %"), record.getInputs());
        assertTrue(record.getResult().endsWith("Cells to prepare = 1.4 × 10⁷ cells (13888889)"), record.getResult());
        assertTrue(saved.contains(record.getId()), saved);

        List<AuditEntry> rows = auditTrail(record.getId());
        assertEquals("CREATE", rows.get(0).action());
        assertEquals(List.of("calculatedAt", "calculatedBy", "calculation", "formulaVersion", "inputs", "result"),
                rows.stream().filter(r -> r.action().equals("SET")).map(AuditEntry::field).sorted().toList());
        assertTrue(rows.stream().allMatch(r -> r.user().equals("coordinator") && r.oldValue() == null), rows.toString());

        // again, in JSON, by the investigator with a reason: a second record, the first kept
        CommandRun json = save("investigator", ((Subject) grafting.eContainer()).getScreeningId(), grafting.getId(),
                "--format", "json", "--reason", "recalculated after the cell count");
        assertEquals(0, json.exit(), json.err());
        Map<String, Object> out = DoseCommandTest.Json.object(json.out());
        assertEquals(grafting.getId(), DoseCommandTest.Json.member(out, "savedWith", "procedure"));
        assertEquals("investigator", DoseCommandTest.Json.member(out, "savedWith", "calculatedBy"));
        String second = (String) DoseCommandTest.Json.member(out, "savedWith", "record");
        assertEquals(List.of(record.getId(), second),
                stored(grafting.getId()).getDoseCalculations().stream().map(DoseCalculation::getId).toList());
        assertTrue(auditTrail(second).stream().allMatch(r -> r.reason().equals("recalculated after the cell count")));
    }

    @Test
    void refusalsSaveNothing() {
        String procedure = grafting.getId();
        CommandRun noSubject = save("coordinator", "LF-999", procedure);
        assertEquals(1, noSubject.exit());
        assertEquals("stroma dose: study LOS-FACE has no subject LF-999", noSubject.singleErrorLine());
        assertEquals("", noSubject.out(), "nothing printed when nothing is saved");

        CommandRun noProcedure = save("coordinator", subjectId(), "PROC9");
        assertEquals(1, noProcedure.exit());
        assertTrue(noProcedure.singleErrorLine().startsWith("stroma dose: subject " + subjectId()
                + " has no procedure PROC9; its procedures: ") && noProcedure.err().contains(procedure + " (FAT_GRAFTING"),
                noProcedure.err());

        CommandRun assessor = save("assessor", subjectId(), procedure);
        assertEquals(1, assessor.exit());
        assertEquals("stroma dose: assessor (Blinded outcome assessor) is blinded in study LOS-FACE: procedures are"
                + " withheld, and a dose calculation is not saved with one", assessor.singleErrorLine());

        CommandRun statistician = save("statistician", subjectId(), procedure);
        assertEquals(1, statistician.exit());
        assertEquals("stroma dose: statistician (Unblinded statistician) may not enter subject data",
                statistician.singleErrorLine());

        String[] badNumber = FACIAL_ADSC.clone();
        badNumber[Arrays.asList(badNumber).indexOf("--graft-volume") + 1] = "20";
        CommandRun wrong = CommandRun.of(stroma, Stream.of(badNumber, new String[] {"--db", demo.toString(), "--user",
            "coordinator", "--study", STUDY, "--subject", subjectId(), "--procedure", procedure})
                .flatMap(Arrays::stream).toArray(String[]::new));
        assertEquals(2, wrong.exit());
        assertTrue(wrong.singleErrorLine().startsWith("stroma dose: --graft-volume '20' has no unit"), wrong.err());

        CommandRun incomplete = CommandRun.of(stroma, Stream.of(FACIAL_ADSC, new String[] {"--db", demo.toString(),
            "--user", "coordinator", "--study", STUDY, "--subject", subjectId()}).flatMap(Arrays::stream)
                .toArray(String[]::new));
        assertEquals(2, incomplete.exit());
        assertTrue(incomplete.singleErrorLine().contains("missing --procedure ID"), incomplete.err());

        assertEquals(List.of(), stored(procedure).getDoseCalculations(), "nothing was saved");
    }
}
