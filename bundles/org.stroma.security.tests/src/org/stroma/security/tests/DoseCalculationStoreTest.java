package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.record.DoseCalculationRecord;
import org.stroma.dosing.record.ProcedureDosing;
import org.stroma.dosing.units.AmountParser;
import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.AccessControl;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.store.StoreException;
import org.stroma.store.StudyStore;
import org.stroma.study.records.RecordIds;

/**
 * A dose calculation saved with a subject's procedure in a real (Derby) study database: read back
 * as calculated, each field in the audit trail under the user who saved it, kept from a blinded
 * user, and never changed afterwards.
 */
@ExtendWith(ServiceExtension.class)
class DoseCalculationStoreTest {

    private static final String STUDY = "LOS-FACE";
    private static final Instant CALCULATED = Instant.parse("2024-03-18T09:30:00Z");
    private static final String INPUTS = String.join("\n", "Dose = 5.0 \u00D7 10\u2075 cells/mL of fat",
            "Graft volume = 20.0 mL", "Viability = 90 %", "Processing losses = 20 %");
    // 5 x 10^5 cells/mL x 20 mL = 1.0 x 10^7; / (1 - 0.2) = 1.25 x 10^7; / (0.8 x 0.9) = 13888888.9, up to 13888889
    private static final String RESULT = String.join("\n", "Viable cells to deliver = 1.0 \u00D7 10\u2077 cells (10000000)",
            "Viable cells before losses = 1.3 \u00D7 10\u2077 cells (12500000)",
            "Cells to prepare = 1.4 \u00D7 10\u2077 cells (13888889)");

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    Path temp;

    private DemoWorkspace demo;

    @BeforeEach
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** The grafting procedure of the first subject of the ADSC arm. */
    private static Procedure adscGrafting(Study study) {
        return study.getSubjects().stream().flatMap(s -> s.getProcedures().stream())
                .filter(p -> p.getType() == ProcedureType.FAT_GRAFTING
                        && p.getIntervention() instanceof AdscAssistedFatGrafting)
                .findFirst().orElseThrow();
    }

    private static Procedure byId(Study study, String id) {
        return study.getSubjects().stream().flatMap(s -> s.getProcedures().stream()).filter(p -> p.getId().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no procedure " + id));
    }

    /** Calculates the facial trial's dose for a 20 mL graft (90 % viable, 20 % lost) and saves it with the procedure. */
    private static DoseCalculation saveAdscDose(StudyAccess access, String procedureId, Instant at) {
        Study study = access.loadStudy(STUDY).orElseThrow();
        Procedure procedure = byId(study, procedureId);
        AmountParser parse = new AmountParser();
        DoseCalculation record = ProcedureDosing.save(procedure, DoseCalculationRecord.of(new CellDoseCalculator()
                .dose(new CellDoseRequest(parse.parse("dose", "5 x 10^5 cells/mL"), parse.volume("graftVolume", "20 mL"),
                        new BigDecimal("90"), new BigDecimal("20"))), access.session().userName(), at));
        RecordIds.assignAdded(study);
        access.saveRecords(study, List.of((Subject) procedure.eContainer()), "");
        return record;
    }

    @Test
    void theCalculationIsStoredWithItsProcedureAndEachFieldIsAuditedAsCreatedByTheUser() {
        Procedure grafting = adscGrafting(demo.database.loadStudy(STUDY).orElseThrow());
        assertEquals(List.of(), grafting.getDoseCalculations(), "the demo saves no calculation");

        DoseCalculation saved = saveAdscDose(demo.studies("coordinator"), grafting.getId(), CALCULATED);
        assertTrue(saved.getId().startsWith(grafting.getId() + "-"), saved.getId());

        // read back in a new session of another user
        List<DoseCalculation> stored = byId(demo.studies("investigator").loadStudy(STUDY).orElseThrow(),
                grafting.getId()).getDoseCalculations();
        assertEquals(1, stored.size());
        DoseCalculation back = stored.get(0);
        assertEquals(List.of(saved.getId(), "adsc", "adsc-dose/1", INPUTS, RESULT, "coordinator"),
                List.of(back.getId(), back.getCalculation(), back.getFormulaVersion(), back.getInputs(),
                        back.getResult(), back.getCalculatedBy()));
        assertEquals(Date.from(CALCULATED), back.getCalculatedAt());

        List<AuditEntry> rows = demo.studies("coordinator").auditTrail(STUDY, saved.getId());
        assertEquals("CREATE", rows.get(0).action());
        Map<String, String> fields = new LinkedHashMap<>();
        for (AuditEntry row : rows) {
            assertEquals("coordinator", row.user(), row.toString());
            assertEquals("DoseCalculation", row.type(), row.toString());
            assertEquals(saved.getId(), row.objectId());
            if (row.action().equals("SET")) {
                assertEquals(null, row.oldValue(), "created, not changed: " + row);
                fields.put(row.field(), row.newValue());
            }
        }
        assertEquals(7, rows.size(), "CREATE and the six fields: " + rows);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("calculatedAt", EcoreUtil.convertToString(EcorePackage.Literals.EDATE, Date.from(CALCULATED)));
        expected.put("calculatedBy", "coordinator");
        expected.put("calculation", "adsc");
        expected.put("formulaVersion", "adsc-dose/1");
        expected.put("inputs", INPUTS);
        expected.put("result", RESULT);
        assertEquals(expected, fields);
    }

    @Test
    void theBlindedAssessorSeesNoCalculationAndItsAuditRowsNoValue() {
        Procedure grafting = adscGrafting(demo.database.loadStudy(STUDY).orElseThrow());
        DoseCalculation saved = saveAdscDose(demo.studies("coordinator"), grafting.getId(), CALCULATED);

        StudyAccess assessor = demo.studies("assessor");
        Study seen = assessor.loadStudy(STUDY).orElseThrow();
        assertTrue(seen.getSubjects().stream().allMatch(s -> s.getProcedures().isEmpty()), "no procedures");
        List<AuditEntry> rows = assessor.auditTrail(STUDY, saved.getId());
        assertFalse(rows.isEmpty(), "the assessor may know that something was recorded, and when");
        for (AuditEntry row : rows) {
            assertTrue(row.newValue() == null || row.newValue().equals("(blinded)"), row.toString());
        }
    }

    @Test
    void aSavedCalculationIsNeverChangedOnlyCalculatedAgain() {
        Procedure grafting = adscGrafting(demo.database.loadStudy(STUDY).orElseThrow());
        DoseCalculation first = saveAdscDose(demo.studies("coordinator"), grafting.getId(), CALCULATED);

        StudyAccess investigator = demo.studies("investigator");
        Study study = investigator.loadStudy(STUDY).orElseThrow();
        Procedure procedure = byId(study, grafting.getId());
        procedure.getDoseCalculations().get(0).setResult("Cells to prepare = 1.2 \u00D7 10\u2077 cells (12000000)");
        StoreException refused = assertThrows(StoreException.class, () -> investigator.saveRecords(study,
                List.of((Subject) procedure.eContainer()), "count corrected"));
        assertTrue(refused.getMessage().contains("calculate again"), refused.getMessage());

        DoseCalculation again = saveAdscDose(investigator, grafting.getId(), CALCULATED.plusSeconds(600));
        List<DoseCalculation> stored = byId(demo.database.loadStudy(STUDY).orElseThrow(), grafting.getId())
                .getDoseCalculations();
        assertEquals(List.of(first.getId(), again.getId()), stored.stream().map(DoseCalculation::getId).toList(),
                "oldest first");
        assertEquals(RESULT, stored.get(0).getResult(), "the first is kept as calculated");
        assertEquals("investigator", stored.get(1).getCalculatedBy());
    }
}
