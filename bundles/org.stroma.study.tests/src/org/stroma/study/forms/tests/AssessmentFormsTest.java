package org.stroma.study.forms.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemValidationException;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instruments.ModifiedRodnanSkinScore;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.ScoreValue;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.VisitDefinition;
import org.stroma.study.forms.AssessmentForms;
import org.stroma.study.forms.FormEntry;

/** Reading typed forms and recording assessments, with the mRSS (17 sites scored 0-3). */
class AssessmentFormsTest {

    private final Instrument mrss = new ModifiedRodnanSkinScore();

    /** All 17 sites typed as 0, then the given sites overwritten. */
    private Map<String, String> typed(String... codeAndText) {
        Map<String, String> typed = new LinkedHashMap<>();
        mrss.items().forEach(item -> typed.put(item.code(), "0"));
        for (int i = 0; i < codeAndText.length; i += 2) {
            typed.put(codeAndText[i], codeAndText[i + 1]);
        }
        return typed;
    }

    @Test
    void aCompleteFormIsScoredWhileTyping() {
        FormEntry entry = FormEntry.read(mrss, typed("face", "2", "rightFingers", "3", "leftFingers", "1"));
        assertEquals(List.of(), entry.problems());
        // total: 2 + 3 + 1 = 6 over the 17 sites; hand: fingers 3 + 1, dorsum 0 + 0 = 4
        assertEquals(6.0, entry.scores(mrss).orElseThrow().values().get("total"));
        assertEquals(4.0, entry.scores(mrss).orElseThrow().values().get("hand"));
    }

    @Test
    void anOutOfRangeItemNamesTheItemAndItsRangeAndNothingIsScored() {
        FormEntry entry = FormEntry.read(mrss, typed("face", "4"));
        assertEquals(List.of("mRSS item \"face\": 4 is outside 0-3"), entry.problemsOf("face"));
        assertTrue(entry.scores(mrss).isEmpty());
    }

    @Test
    void textThatIsNotANumberIsNamedAndOtherItemsAreStillChecked() {
        FormEntry entry = FormEntry.read(mrss, typed("face", "two", "abdomen", "7"));
        assertEquals(List.of("mRSS item \"face\": \"two\" is not a number"), entry.problemsOf("face"));
        assertEquals(List.of("mRSS item \"abdomen\": 7 is outside 0-3"), entry.problemsOf("abdomen"));
        assertTrue(entry.scores(mrss).isEmpty());
    }

    @Test
    void aBlankRequiredItemIsAProblemOfThatItem() {
        Map<String, String> typed = typed();
        typed.put("leftFoot", " ");
        FormEntry entry = FormEntry.read(mrss, typed);
        assertEquals(1, entry.problemsOf("leftFoot").size(), entry.problems().toString());
        assertTrue(entry.problemsOf("leftFoot").get(0).contains("leftFoot"));
    }

    @Test
    void anUpdateKeepsTheRecordsOfUnchangedItemsAndRescores() {
        VisitDefinition week12 = StudyFactory.eINSTANCE.createVisitDefinition();
        Assessment a = AssessmentForms.record(mrss, FormEntry.read(mrss, typed("face", "1")).values(), week12,
                LocalDate.of(2024, 6, 3), "assessor", true);
        ItemValue face = a.getItemValues().stream().filter(v -> v.getCode().equals("face")).findFirst().orElseThrow();
        ScoreValue total = a.getScoreValues().stream().filter(v -> v.getCode().equals("total")).findFirst().orElseThrow();
        assertEquals(1.0, total.getValue());

        AssessmentForms.update(a, mrss, FormEntry.read(mrss, typed("face", "3", "abdomen", "2")).values());

        assertSame(face, a.getItemValues().stream().filter(v -> v.getCode().equals("face")).findFirst().orElseThrow());
        assertEquals("3", face.getValue());
        assertSame(total, a.getScoreValues().stream().filter(v -> v.getCode().equals("total")).findFirst().orElseThrow());
        assertEquals(5.0, total.getValue()); // 3 + 2
        assertEquals(17, a.getItemValues().size());
    }

    @Test
    void aRefusedUpdateLeavesTheAssessmentAsItWas() {
        Assessment a = AssessmentForms.record(mrss, FormEntry.read(mrss, typed("face", "1")).values(),
                StudyFactory.eINSTANCE.createVisitDefinition(), LocalDate.of(2024, 6, 3), "assessor", false);
        ItemValues wrong = FormEntry.read(mrss, typed("face", "1")).values().toBuilder().put("face", 9).build();
        ItemValidationException refused = assertThrows(ItemValidationException.class,
                () -> AssessmentForms.update(a, mrss, wrong));
        assertTrue(refused.getMessage().contains("9 is outside 0-3"), refused.getMessage());
        assertEquals("1", a.getItemValues().stream().filter(v -> v.getCode().equals("face")).findFirst()
                .orElseThrow().getValue());
        assertEquals(1.0, AssessmentForms.values(mrss, a).number("face").orElseThrow());
    }
}
