package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;
import static org.stroma.analysis.tests.Close.close;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.SampleSummary;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.descriptive.Descriptives;

/**
 * Reference values: R 4.2.2, printed by {@code reference/descriptives-anova.R} (mean, sd, quantile
 * type 7, IQR, t.test conf.int).
 */
class DescriptivesTest {

    static final double[] AFG = {38.2, 45.1, 41.7, 35.9, 48.3, 40.6};
    static final double[] SVF = {58.4, 62.1, 55.0, 66.7, 60.3};
    static final double[] ADSC = {63.5, 70.2, 67.8, 59.9, 72.4, 68.1};

    private static final String[] KEYS = {"n", "mean", "sd", "sem", "median", "q1", "q3", "iqr", "min", "max",
        "ci_lower", "ci_upper"};
    // descriptives-anova.R: {n, mean, sd, sem, median, q1, q3, iqr, min, max, ci lower, ci upper}
    private static final double[][] R_SUMMARY = {
        {6, 41.633333333333333, 4.5209143617930501, 1.8456555595355391, 41.150000000000006, 38.800000000000004, 44.25, 5.4499999999999957, 35.899999999999999, 48.299999999999997, 36.888924677150101, 46.377741989516572},
        {5, 60.5, 4.3502873468312426, 1.9455076458343725, 60.299999999999997, 58.399999999999999, 62.100000000000001, 3.7000000000000028, 55, 66.700000000000003, 55.098404819598272, 65.901595180401713},
        {6, 66.983333333333334, 4.5586913326816374, 1.861077943319708, 67.949999999999989, 64.575000000000003, 69.675000000000011, 5.1000000000000085, 59.899999999999999, 72.400000000000006, 62.199280177532309, 71.767386489134353},
    };

    /** The three-arm trial at month 6; SVF subject SVF-6 has no MRI. */
    static IndependentGroups threeArms() {
        double[] svfWithMissing = {58.4, 62.1, 55.0, 66.7, 60.3, Double.NaN};
        return IndependentGroups.of("Fat volume retention (%)", "Month 6", Group.ofValues("AFG", AFG),
                Group.ofValues("SVF", svfWithMissing), Group.ofValues("ADSC", ADSC));
    }

    @Test
    void matchesRByGroup() {
        AnalysisResult result = new Descriptives().run(threeArms(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        ResultTable table = result.requireTable("descriptives");
        assertEquals(List.of("AFG", "SVF", "ADSC"), List.of(table.text(0, "group"), table.text(1, "group"),
                table.text(2, "group")));
        for (int g = 0; g < 3; g++) {
            Close.row(table, g, KEYS, R_SUMMARY[g], 1e-12);
        }
        assertEquals(0L, table.value(0, "missing"));
        assertEquals(1L, table.value(1, "missing"));
    }

    @Test
    void recordsTheDataUsedAndTheExclusion() {
        AnalysisResult result = new Descriptives().run(threeArms(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        assertEquals(Descriptives.ID, result.analysisId());
        assertEquals(1, result.analysisVersion());
        assertEquals(List.of("AFG", "SVF", "ADSC"), result.data().groups());
        assertEquals("Month 6", result.data().visit());
        assertEquals(17, result.data().observations());
        assertEquals(17, result.data().subjects().size());
        assertEquals(List.of(new Exclusion("SVF-6", "SVF", "Fat volume retention (%) missing at Month 6")),
                result.data().exclusions());
        assertEquals(17, result.requireTable("values").rowCount());
    }

    @Test
    void confidenceLevelIsASetting() {
        // descriptives-anova.R: t.test(afg, conf.level = 0.90)$conf.int
        ResultTable table = new Descriptives().run(threeArms(), ConfidenceSettings.of(0.90), NO_PROGRESS)
                .requireTable("descriptives");
        close(37.914248100358193, table.number(0, "ci_lower"), 1e-12, "90% lower");
        close(45.352418566308472, table.number(0, "ci_upper"), 1e-12, "90% upper");
        assertTrue(table.columns().get(table.columnIndex("ci_lower")).label().startsWith("90% CI"));
    }

    @Test
    void quartilesAreRType7() {
        // descriptives-anova.R: quantile(1:10, type = 7) and quantile(c(3, 1, 4, 1, 5), type = 7)
        SampleSummary a = SampleSummary.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.95);
        assertEquals(3.25, a.lowerQuartile(), 1e-15);
        assertEquals(5.5, a.median(), 1e-15);
        assertEquals(7.75, a.upperQuartile(), 1e-15);
        SampleSummary b = SampleSummary.of(new double[] {3, 1, 4, 1, 5}, 0.95);
        assertEquals(1, b.lowerQuartile(), 1e-15);
        assertEquals(3, b.median(), 1e-15);
        assertEquals(4, b.upperQuartile(), 1e-15);
    }

    @Test
    void singleValueHasNoSpreadAndEmptyGroupOnlyCounts() {
        IndependentGroups input = IndependentGroups.of("VAS", "", Group.ofValues("One", 42),
                Group.ofValues("None", Double.NaN));
        ResultTable table = new Descriptives().run(input, ConfidenceSettings.of(0.95), NO_PROGRESS)
                .requireTable("descriptives");
        assertEquals(42, table.number(0, "mean"));
        assertNull(table.value(0, "sd"));
        assertNull(table.value(0, "ci_lower"));
        assertEquals(0L, table.value(1, "n"));
        assertEquals(1L, table.value(1, "missing"));
        assertNull(table.value(1, "mean"));
    }

    @Test
    void refusesOtherInputAndSettingsOutOfRange() {
        Descriptives descriptives = new Descriptives();
        PairedValues pairs = PairedValues.of("VAS", "All", "Baseline", "Week 12", List.of("a", "b"),
                new double[] {1, 2}, new double[] {3, 4});
        AnalysisInputException wrongInput = assertThrows(AnalysisInputException.class,
                () -> descriptives.run(pairs, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(wrongInput.getMessage().contains("independent groups"), wrongInput.getMessage());
        AnalysisInputException badLevel = assertThrows(AnalysisInputException.class,
                () -> descriptives.run(threeArms(), ConfidenceSettings.of(1.5), NO_PROGRESS));
        assertTrue(badLevel.getMessage().contains("Confidence level"), badLevel.getMessage());
    }
}
