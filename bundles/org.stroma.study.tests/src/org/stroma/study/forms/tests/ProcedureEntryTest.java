package org.stroma.study.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.Arm;
import org.stroma.model.study.ConventionalFatGrafting;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.study.forms.ProcedureEntry;
import org.stroma.study.records.CalendarDays;

/** A procedure typed into the subject editor: checked field by field, then made for the subject. */
class ProcedureEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 20);
    private static final StudyFactory F = StudyFactory.eINSTANCE;

    private final Study study = F.createStudy();
    private final VisitDefinition surgery = F.createVisitDefinition();
    private final AdscAssistedFatGrafting adsc = F.createAdscAssistedFatGrafting();
    private final ConventionalFatGrafting conventional = F.createConventionalFatGrafting();
    private final Subject subject = F.createSubject();

    ProcedureEntryTest() {
        surgery.setCode("D0");
        study.getVisitSchedule().add(surgery);
        adsc.setId("ARM-ADSC-INT1");
        conventional.setId("ARM-AFG-INT1");
        Arm adscArm = F.createArm();
        adscArm.getInterventions().add(adsc);
        Arm afgArm = F.createArm();
        afgArm.getInterventions().add(conventional);
        study.getArms().addAll(List.of(adscArm, afgArm));
        study.getSubjects().add(subject);
        subject.setAllocatedArm(adscArm);
    }

    private static Map<String, String> grafting(String... fieldAndText) {
        Map<String, String> f = new HashMap<>();
        f.put(ProcedureEntry.DATE, "2024-03-18");
        f.put(ProcedureEntry.TYPE, "FAT_GRAFTING");
        f.put(ProcedureEntry.VISIT, "D0");
        f.put(ProcedureEntry.INTERVENTION, "ARM-ADSC-INT1");
        for (int i = 0; i < fieldAndText.length; i += 2) {
            f.put(fieldAndText[i], fieldAndText[i + 1]);
        }
        return f;
    }

    @Test
    void aCompleteEntryMakesTheProcedureOfTheSubjectsArm() {
        assertEquals(List.of(adsc), ProcedureEntry.interventions(subject));
        Procedure procedure = new ProcedureEntry(grafting(), TODAY).toProcedure(subject);
        assertEquals(LocalDate.of(2024, 3, 18), CalendarDays.day(procedure.getDate()));
        assertEquals(ProcedureType.FAT_GRAFTING, procedure.getType());
        assertSame(surgery, procedure.getVisit());
        assertSame(adsc, procedure.getIntervention());
        assertEquals(List.of(), subject.getProcedures(), "the caller adds it, in its save");
        Procedure noVisit = new ProcedureEntry(grafting(ProcedureEntry.VISIT, ""), TODAY).toProcedure(subject);
        assertNull(noVisit.getVisit());
    }

    @Test
    void eachProblemStandsBesideItsField() {
        assertEquals(Map.of(ProcedureEntry.DATE, "\"2024-13-02\" is not a date; write YYYY-MM-DD"),
                new ProcedureEntry(grafting(ProcedureEntry.DATE, "2024-13-02"), TODAY).problems(subject));
        assertEquals(Map.of(ProcedureEntry.DATE, "date 2024-05-21 is after today (2024-05-20)"),
                new ProcedureEntry(grafting(ProcedureEntry.DATE, "2024-05-21"), TODAY).problems(subject));
        Map<String, String> all = new ProcedureEntry(grafting(ProcedureEntry.DATE, "", ProcedureEntry.TYPE, "SURGERY",
                ProcedureEntry.VISIT, "M12", ProcedureEntry.INTERVENTION, "ARM-AFG-INT1"), TODAY).problems(subject);
        assertEquals(List.of(ProcedureEntry.DATE, ProcedureEntry.TYPE, ProcedureEntry.VISIT, ProcedureEntry.INTERVENTION),
                List.copyOf(all.keySet()));
        assertEquals("the intervention is not one of the subject's arm", all.get(ProcedureEntry.INTERVENTION));
        assertEquals("choose the intervention of the subject's arm this procedure delivers",
                new ProcedureEntry(grafting(ProcedureEntry.INTERVENTION, ""), TODAY).problems(subject)
                        .get(ProcedureEntry.INTERVENTION));
        assertThrows(IllegalStateException.class,
                () -> new ProcedureEntry(grafting(ProcedureEntry.TYPE, ""), TODAY).toProcedure(subject));
    }

    @Test
    void aSubjectNotYetAllocatedNeedsNoIntervention() {
        subject.setAllocatedArm(null);
        assertEquals(Map.of(), new ProcedureEntry(grafting(ProcedureEntry.TYPE, "LIPOSUCTION", ProcedureEntry.INTERVENTION,
                ""), TODAY).problems(subject));
        assertEquals(Map.of(ProcedureEntry.INTERVENTION, "the intervention is not one of the subject's arm"),
                new ProcedureEntry(grafting(), TODAY).problems(subject));
    }
}
