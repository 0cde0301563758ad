package org.stroma.study.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.StudyFactory;
import org.stroma.study.forms.AdverseEventEntry;
import org.stroma.study.records.CalendarDays;

/** Checking and recording an adverse event typed into its form. */
class AdverseEventEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 20);

    private static Map<String, String> haematoma() {
        Map<String, String> f = new HashMap<>();
        f.put(AdverseEventEntry.TERM, "Donor-site haematoma");
        f.put(AdverseEventEntry.ONSET, "2024-03-18");
        f.put(AdverseEventEntry.RESOLUTION, "2024-03-29");
        f.put(AdverseEventEntry.SERIOUS, "false");
        f.put(AdverseEventEntry.GRADE, "1");
        f.put(AdverseEventEntry.RELATEDNESS, "PROBABLE");
        f.put(AdverseEventEntry.OUTCOME, "RECOVERED");
        return f;
    }

    private static Map<String, String> problems(String... fieldAndText) {
        Map<String, String> f = haematoma();
        for (int i = 0; i < fieldAndText.length; i += 2) {
            f.put(fieldAndText[i], fieldAndText[i + 1]);
        }
        return new AdverseEventEntry(f, TODAY).problems();
    }

    @Test
    void aCompleteEventIsWrittenIntoTheRecord() {
        AdverseEvent ae = StudyFactory.eINSTANCE.createAdverseEvent();
        new AdverseEventEntry(haematoma(), TODAY).applyTo(ae);
        assertEquals("Donor-site haematoma", ae.getTerm());
        assertEquals(LocalDate.of(2024, 3, 18), CalendarDays.day(ae.getOnsetDate()));
        assertEquals(LocalDate.of(2024, 3, 29), CalendarDays.day(ae.getResolutionDate()));
        assertEquals(1, ae.getCtcaeGrade());
        assertEquals(Relatedness.PROBABLE, ae.getRelatedness());
        assertEquals(AdverseEventOutcome.RECOVERED, ae.getOutcome());
        assertNull(ae.getActionTaken());
        assertEquals(haematoma().get(AdverseEventEntry.ONSET), AdverseEventEntry.fieldsOf(ae).get(AdverseEventEntry.ONSET));
    }

    @Test
    void eachProblemStandsBesideItsField() {
        assertEquals(Map.of(AdverseEventEntry.TERM, "the adverse event term is required (e.g. \"donor-site haematoma\")"),
                problems(AdverseEventEntry.TERM, "  "));
        assertEquals(Map.of(AdverseEventEntry.ONSET, "\"18/03/2024\" is not a date; write YYYY-MM-DD"),
                problems(AdverseEventEntry.ONSET, "18/03/2024"));
        assertEquals(Map.of(AdverseEventEntry.RESOLUTION, "resolution 2024-03-10 is before onset 2024-03-18"),
                problems(AdverseEventEntry.RESOLUTION, "2024-03-10"));
        assertEquals(Map.of(AdverseEventEntry.ONSET, "onset 2024-05-21 is after today (2024-05-20)",
                AdverseEventEntry.RESOLUTION, "resolution 2024-03-29 is before onset 2024-05-21"),
                problems(AdverseEventEntry.ONSET, "2024-05-21"));
        assertEquals(Map.of(AdverseEventEntry.GRADE, "CTCAE grade \"6\" is outside 1-5"),
                problems(AdverseEventEntry.GRADE, "6"));
        assertEquals(Map.of(AdverseEventEntry.GRADE, "CTCAE grade 5 means a fatal outcome"),
                problems(AdverseEventEntry.GRADE, "5"));
        assertEquals(Map.of(AdverseEventEntry.RESOLUTION, "a recovered event needs its resolution date"),
                problems(AdverseEventEntry.RESOLUTION, ""));
        assertEquals(Map.of(AdverseEventEntry.RELATEDNESS, "choose how related the event is to the intervention"),
                problems(AdverseEventEntry.RELATEDNESS, "maybe"));
    }

    @Test
    void aRefusedEntryLeavesTheRecordAsItWas() {
        AdverseEvent ae = StudyFactory.eINSTANCE.createAdverseEvent();
        new AdverseEventEntry(haematoma(), TODAY).applyTo(ae);
        Map<String, String> wrong = haematoma();
        wrong.put(AdverseEventEntry.TERM, "Infection");
        wrong.put(AdverseEventEntry.GRADE, "9");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new AdverseEventEntry(wrong, TODAY).applyTo(ae));
        assertTrue(refused.getMessage().contains("outside 1-5"), refused.getMessage());
        assertEquals("Donor-site haematoma", ae.getTerm());
    }
}
