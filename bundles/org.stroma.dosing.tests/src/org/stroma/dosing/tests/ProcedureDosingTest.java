package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.record.DoseCalculationRecord;
import org.stroma.dosing.record.ProcedureDosing;
import org.stroma.dosing.units.AmountParser;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.StudyFactory;

/** A procedure keeps its dose calculations oldest first, and a calculation made again is a new one. */
class ProcedureDosingTest {

    private final AmountParser parse = new AmountParser();
    private final Procedure procedure = StudyFactory.eINSTANCE.createProcedure();

    private DoseCalculation calculated(String graftVolume, String at) {
        return DoseCalculationRecord.of(new CellDoseCalculator().dose(new CellDoseRequest(
                parse.parse("dose", "5e5 cells/mL"), parse.volume("graftVolume", graftVolume), BigDecimal.valueOf(100),
                BigDecimal.ZERO)), "coordinator", Instant.parse(at));
    }

    @Test
    void aRecalculationIsANewRecordAfterTheFirst() {
        DoseCalculation first = ProcedureDosing.save(procedure, calculated("20 mL", "2024-03-18T10:00:00Z"));
        DoseCalculation again = ProcedureDosing.save(procedure, calculated("22 mL", "2024-03-18T10:05:00Z"));
        assertEquals(List.of(first, again), ProcedureDosing.calculations(procedure));
        assertTrue(first.getInputs().contains("Graft volume = 20.0 mL"), "the first is kept as calculated");
        assertTrue(again.getInputs().contains("Graft volume = 22.0 mL"));
        assertSame(procedure, again.eContainer());
    }

    @Test
    void calculationsStayOldestFirstWhateverOrderTheyAreSavedIn() {
        DoseCalculation noon = ProcedureDosing.save(procedure, calculated("20 mL", "2024-03-18T12:00:00Z"));
        DoseCalculation morning = ProcedureDosing.save(procedure, calculated("21 mL", "2024-03-18T09:00:00Z"));
        DoseCalculation alsoNoon = ProcedureDosing.save(procedure, calculated("22 mL", "2024-03-18T12:00:00Z"));
        assertEquals(List.of(morning, noon, alsoNoon), ProcedureDosing.calculations(procedure));
    }

    @Test
    void aSavedCalculationIsNotSavedAgainNorMoved() {
        DoseCalculation saved = ProcedureDosing.save(procedure, calculated("20 mL", "2024-03-18T10:00:00Z"));
        Procedure other = StudyFactory.eINSTANCE.createProcedure();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ProcedureDosing.save(other, saved));
        assertTrue(refused.getMessage().contains("calculate again"), refused.getMessage());
        assertEquals(List.of(saved), ProcedureDosing.calculations(procedure));
        assertEquals(List.of(), ProcedureDosing.calculations(other));
        assertThrows(UnsupportedOperationException.class, () -> ProcedureDosing.calculations(procedure).clear(),
                "the list handed out is read-only");
    }

    @Test
    void aCalculationWithoutItsResultOrAuthorIsNotSaved() {
        DoseCalculation noResult = calculated("20 mL", "2024-03-18T10:00:00Z");
        noResult.setResult(null);
        assertThrows(IllegalArgumentException.class, () -> ProcedureDosing.save(procedure, noResult));
        DoseCalculation noTime = calculated("20 mL", "2024-03-18T10:00:00Z");
        noTime.setCalculatedAt(null);
        assertThrows(IllegalArgumentException.class, () -> ProcedureDosing.save(procedure, noTime));
        assertEquals(List.of(), ProcedureDosing.calculations(procedure));
    }
}
