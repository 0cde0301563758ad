package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.agreement.KappaWeights;
import org.stroma.analysis.agreement.WeightedKappaSettings;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisInput;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ChartHint;
import org.stroma.analysis.api.Column;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.NoSettings;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.api.Setting;
import org.stroma.analysis.api.SettingField;
import org.stroma.analysis.api.SettingsSchema;
import org.stroma.analysis.descriptive.Descriptives;

/** The analysis API: settings forms, typed tables, result checks, and reproducible results. */
class AnalysisApiTest {

    public record Unannotated(double level) {
    }

    @Test
    void settingsSchemaDescribesAForm() {
        SettingsSchema<WeightedKappaSettings> schema = SettingsSchema.of(WeightedKappaSettings.class);
        List<SettingField> fields = schema.fields();
        assertEquals(List.of("weights", "confidenceLevel"), fields.stream().map(SettingField::name).toList());
        assertEquals(List.of("NONE", "LINEAR", "QUADRATIC"), fields.get(0).choices());
        assertTrue(fields.get(0).isChoice());
        assertTrue(fields.get(1).isNumber());
        assertEquals(0.5, fields.get(1).min());
        assertEquals(new WeightedKappaSettings(KappaWeights.LINEAR, 0.95), schema.defaults());
        assertEquals(new WeightedKappaSettings(KappaWeights.QUADRATIC, 0.9),
                schema.create(Map.of("weights", "QUADRATIC", "confidenceLevel", 0.9)));
        AnalysisInputException range = assertThrows(AnalysisInputException.class,
                () -> schema.create(Map.of("confidenceLevel", 1.2)));
        assertTrue(range.getMessage().contains("'Confidence level' must be between 0.5 and 0.9999"), range.getMessage());
        assertThrows(AnalysisInputException.class, () -> schema.create(Map.of("weights", "CUBIC")));
        assertThrows(AnalysisInputException.class, () -> schema.create(Map.of("confidenceLevel", true)));
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.of(Unannotated.class));
        assertEquals(new NoSettings(), SettingsSchema.of(NoSettings.class).defaults());
    }

    @Test
    void everyBuiltInDescribesItself() {
        List<Analysis<?>> all = BuiltInAnalyses.all();
        assertEquals(15, all.size());
        assertEquals(15, all.stream().map(Analysis::id).distinct().count());
        for (Analysis<?> analysis : all) {
            assertTrue(analysis.id().startsWith("stroma."), analysis.id());
            assertFalse(analysis.name().isBlank());
            assertTrue(analysis.description().length() > 40, analysis.id());
            assertFalse(analysis.references().isEmpty(), analysis.id());
            assertFalse(analysis.inputs().isEmpty(), analysis.id());
            assertTrue(analysis.deprecation().isEmpty());
            SettingsSchema.of(analysis.settingsType()).validate(cast(analysis.defaultSettings()));
        }
    }

    @SuppressWarnings("unchecked")
    private static <S extends Record> S cast(Record settings) {
        return (S) settings;
    }

    @Test
    void rerunWithTheSameInputAndSettingsGivesAnEqualResult() {
        for (Map.Entry<Analysis<?>, AnalysisInput> entry : BuiltInAnalyses.withInputs().entrySet()) {
            Analysis<?> analysis = entry.getKey();
            assertTrue(analysis.accepts(entry.getValue()), analysis.id());
            AnalysisResult first = analysis.runWith(entry.getValue(), analysis.defaultSettings(), NO_PROGRESS);
            AnalysisResult again = analysis.runWith(first.input(), first.settings(), NO_PROGRESS);
            assertNotSame(first, again);
            assertEquals(first, again, analysis.id());
            assertEquals(first.hashCode(), again.hashCode(), analysis.id());
            assertEquals(analysis.id(), first.analysisId());
            assertEquals(analysis.version(), first.analysisVersion());
            assertFalse(first.tables().isEmpty(), analysis.id());
        }
    }

    @Test
    void differentSettingsGiveADifferentResult() {
        Descriptives descriptives = new Descriptives();
        AnalysisResult at95 = descriptives.run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        AnalysisResult at90 = descriptives.run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.90), NO_PROGRESS);
        assertFalse(at95.equals(at90));
    }

    @Test
    void runWithRefusesSettingsOfAnotherType() {
        AnalysisInputException refused = assertThrows(AnalysisInputException.class,
                () -> new Descriptives().runWith(DescriptivesTest.threeArms(), new NoSettings(), NO_PROGRESS));
        assertTrue(refused.getMessage().contains("ConfidenceSettings"), refused.getMessage());
    }

    @Test
    void resultTablesAreTyped() {
        ResultTable table = ResultTable.builder("t", "T").column(Column.text("group", "Group"))
                .column(Column.integer("n", "n")).column(Column.decimal("mean", "Mean"))
                .row("A", 3, Double.NaN).row("B", 4L, 2.5).build();
        assertEquals(3L, table.value(0, "n"));
        assertNull(table.value(0, "mean"));
        assertEquals(1, table.rowOf("group", "B"));
        assertEquals(2.5, table.number(1, "mean"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> ResultTable.builder("t", "T").column(Column.integer("n", "n")).row("three").build());
        assertTrue(wrong.getMessage().contains("String is not a INTEGER"), wrong.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> table.rows().get(0).set(0, "C"));
    }

    @Test
    void chartHintsMustNameExistingColumns() {
        ResultTable table = ResultTable.builder("t", "T").column(Column.text("group", "Group"))
                .column(Column.decimal("mean", "Mean")).row("A", 1.0).build();
        DataUsed data = new DataUsed("x", List.of("A"), "", List.of(), 1, List.of());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> new AnalysisResult("x", 1, DescriptivesTest.threeArms(), new NoSettings(), data, List.of(table),
                        List.of(new ChartHint.Bars("Bars", "t", "group", "", "mean", "sem", "SEM")), List.of()));
        assertTrue(missing.getMessage().contains("missing column t.sem"), missing.getMessage());
    }

    @Test
    void settingAnnotationIsReadAtRunTime() throws NoSuchMethodException {
        Setting setting = ConfidenceSettings.class.getRecordComponents()[0].getAnnotation(Setting.class);
        assertEquals("0.95", setting.defaultValue());
        assertEquals(0.9999, setting.max());
    }
}
