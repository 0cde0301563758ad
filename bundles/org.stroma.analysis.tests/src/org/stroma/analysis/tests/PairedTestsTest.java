package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;
import static org.stroma.analysis.tests.Close.close;
import static org.stroma.analysis.tests.Close.relative;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.PairedValues;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.comparison.ChangeFromBaseline;
import org.stroma.analysis.comparison.ChangeSettings;
import org.stroma.analysis.comparison.ChangeTest;
import org.stroma.analysis.comparison.PairedTTest;
import org.stroma.analysis.comparison.RankTestMethod;
import org.stroma.analysis.comparison.RankTestSettings;
import org.stroma.analysis.comparison.WilcoxonSignedRank;

/**
 * Reference values: R 4.2.2, printed by {@code reference/paired-tests.R}
 * ({@code t.test(paired = TRUE)}, {@code wilcox.test(paired = TRUE)}, {@code quantile(type = 7)}).
 */
class PairedTestsTest {

    private static final RankTestSettings R_DEFAULTS = new RankTestSettings(RankTestMethod.AUTO, true);

    /** VAS hand pain; S-08 has no week 12 value. */
    static PairedValues vasPain() {
        return PairedValues.of("VAS hand pain (mm)", "SVF", "Baseline", "Week 12",
                List.of("S-01", "S-02", "S-03", "S-04", "S-05", "S-06", "S-07", "S-08"),
                new double[] {62, 48, 75, 55, 81, 36, 68, 70}, new double[] {41, 45, 52, 50, 49, 38, 44, Double.NaN});
    }

    /** Hand mRSS: tied absolute differences and one zero difference. */
    private static PairedValues handMrss() {
        return PairedValues.of("Hand mRSS", "SVF", "Baseline", "Week 12",
                List.of("S-01", "S-02", "S-03", "S-04", "S-05", "S-06", "S-07", "S-08"),
                new double[] {14, 11, 18, 9, 16, 12, 20, 10}, new double[] {10, 9, 13, 8, 12, 11, 15, 10});
    }

    @Test
    void pairedTMatchesR() {
        // paired-tests.R: t.test(wk12, base, paired = TRUE)
        AnalysisResult result = new PairedTTest().run(vasPain(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        ResultTable t = result.requireTable("test");
        Close.row(t, 0, new String[] {"mean_difference", "sd_difference", "lower", "upper", "t", "df"},
                new double[] {-15.142857142857142, 12.928374110570019, -27.099608971682855, -3.1861053140314288,
                    -3.0989383348848367, 6}, 1e-12);
        relative(0.021145105690806933, t.number(0, "p"), 1e-10, "p");
        assertEquals(List.of(new Exclusion("S-08", "SVF", "VAS hand pain (mm) missing at Week 12")),
                result.data().exclusions());
        assertEquals(7, result.data().subjects().size());
        // conf.level = 0.99
        ResultTable t99 = new PairedTTest().run(vasPain(), ConfidenceSettings.of(0.99), NO_PROGRESS).requireTable("test");
        close(-33.259078515307579, t99.number(0, "lower"), 1e-12, "99% lower");
        close(2.9733642295932934, t99.number(0, "upper"), 1e-12, "99% upper");
    }

    @Test
    void wilcoxonExactWithoutTies() {
        // paired-tests.R: wilcox.test(wk12, base, paired = TRUE) -> V = 1, exact p = 4/128
        ResultTable w = new WilcoxonSignedRank().run(vasPain(), R_DEFAULTS, NO_PROGRESS).requireTable("test");
        assertEquals(1, w.number(0, "v"));
        relative(0.031250000000000007, w.number(0, "p"), 1e-12, "exact p");
        assertEquals("exact", w.text(0, "method"));
        // wilcox.test(..., exact = FALSE)
        ResultTable normal = new WilcoxonSignedRank().run(vasPain(),
                new RankTestSettings(RankTestMethod.NORMAL_APPROXIMATION, true), NO_PROGRESS).requireTable("test");
        relative(0.034610557515707345, normal.number(0, "p"), 1e-10, "normal p");
    }

    @Test
    void wilcoxonDropsZerosAndCorrectsForTies() {
        // paired-tests.R: wilcox.test(mw, mb, paired = TRUE), with and without correct
        AnalysisResult result = new WilcoxonSignedRank().run(handMrss(), R_DEFAULTS, NO_PROGRESS);
        ResultTable w = result.requireTable("test");
        assertEquals(0, w.number(0, "v"));
        assertEquals(7L, w.value(0, "n"));
        assertEquals(1L, w.value(0, "zeros"));
        relative(0.021776707751070993, w.number(0, "p"), 1e-10, "corrected p");
        assertTrue(w.text(0, "method").startsWith("normal approximation"));
        assertTrue(result.notes().stream().anyMatch(note -> note.contains("zero difference")));
        ResultTable plain = new WilcoxonSignedRank().run(handMrss(), new RankTestSettings(RankTestMethod.AUTO, false),
                NO_PROGRESS).requireTable("test");
        relative(0.017349693800889892, plain.number(0, "p"), 1e-10, "uncorrected p");
    }

    @Test
    void wilcoxonPValueNeverExceedsOne() {
        // paired-tests.R: wilcox.test(c(1, -1, 2, -2, 3, -3, 0.5), exact = FALSE) -> V = 14.5, p = 1
        PairedValues symmetric = PairedValues.of("x", "All", "Zero", "Value",
                List.of("a", "b", "c", "d", "e", "f", "g"), new double[7], new double[] {1, -1, 2, -2, 3, -3, 0.5});
        ResultTable w = new WilcoxonSignedRank().run(symmetric,
                new RankTestSettings(RankTestMethod.NORMAL_APPROXIMATION, true), NO_PROGRESS).requireTable("test");
        assertEquals(14.5, w.number(0, "v"));
        assertEquals(1.0, w.number(0, "p"), 1e-15);
        ResultTable exact = new WilcoxonSignedRank().run(symmetric, R_DEFAULTS, NO_PROGRESS).requireTable("test");
        assertTrue(exact.number(0, "p") <= 1, "p = " + exact.number(0, "p"));
    }

    @Test
    void changeFromBaselineSummarisesAndTests() {
        AnalysisResult result = new ChangeFromBaseline().run(vasPain(), new ChangeSettings(0.95, ChangeTest.BOTH),
                NO_PROGRESS);
        ResultTable changes = result.requireTable("changes");
        assertEquals(7, changes.rowCount());
        assertEquals(-21, changes.number(0, "change"));
        ResultTable summary = result.requireTable("summary");
        String[] keys = {"n", "mean", "sd", "sem", "median", "q1", "q3", "min", "max", "ci_lower", "ci_upper"};
        // paired-tests.R: VAS summaries, baseline, week 12, change
        Close.row(summary, 0, keys, new double[] {7, 60.714285714285715, 15.68135076786314, 5.9269934790482326, 62,
            51.5, 71.5, 36, 81, 46.211455128743644, 75.217116299827779}, 1e-12);
        Close.row(summary, 1, keys, new double[] {7, 45.571428571428569, 5.0615262143989357, 1.9130770882476824, 45,
            42.5, 49.5, 38, 52, 40.890297572041405, 50.252559570815727}, 1e-12);
        Close.row(summary, 2, keys, new double[] {7, -15.142857142857142, 12.928374110570019, 4.8864661075677338,
            -21, -23.5, -4, -32, 2, -27.099608971682855, -3.1861053140314288}, 1e-12);
        ResultTable tests = result.requireTable("tests");
        assertEquals(2, tests.rowCount());
        relative(0.021145105690806933, tests.number(0, "p"), 1e-10, "paired t p");
        relative(0.031250000000000007, tests.number(1, "p"), 1e-12, "Wilcoxon p");
        assertNull(tests.value(1, "estimate"));
        ResultTable onlyT = new ChangeFromBaseline().run(handMrss(), new ChangeSettings(0.95, ChangeTest.PAIRED_T),
                NO_PROGRESS).requireTable("tests");
        // paired-tests.R: mRSS paired t
        assertEquals(1, onlyT.rowCount());
        close(-2.75, onlyT.number(0, "estimate"), 1e-12, "mRSS mean change");
        close(-4.4070456493656449, onlyT.number(0, "lower"), 1e-12, "mRSS lower");
        close(-1.0929543506343553, onlyT.number(0, "upper"), 1e-12, "mRSS upper");
        relative(0.0057174918025404819, onlyT.number(0, "p"), 1e-10, "mRSS p");
    }

    @Test
    void refusals() {
        AnalysisInputException lengths = assertThrows(AnalysisInputException.class,
                () -> PairedValues.of("VAS", "SVF", "Baseline", "Week 12", List.of("a", "b", "c"),
                        new double[] {1, 2, 3}, new double[] {1, 2}));
        assertTrue(lengths.getMessage().contains("3 Baseline, 2 Week 12"), lengths.getMessage());

        PairedValues unchanged = PairedValues.of("VAS", "SVF", "Baseline", "Week 12", List.of("a", "b", "c"),
                new double[] {1, 2, 3}, new double[] {1, 2, 3});
        AnalysisInputException zeros = assertThrows(AnalysisInputException.class,
                () -> new WilcoxonSignedRank().run(unchanged, R_DEFAULTS, NO_PROGRESS));
        assertTrue(zeros.getMessage().contains("are zero"), zeros.getMessage());

        PairedValues shifted = PairedValues.of("VAS", "SVF", "Baseline", "Week 12", List.of("a", "b", "c"),
                new double[] {1, 2, 3}, new double[] {3, 4, 5});
        AnalysisInputException variance = assertThrows(AnalysisInputException.class,
                () -> new PairedTTest().run(shifted, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(variance.getMessage().contains("zero variance"), variance.getMessage());

        PairedValues onePair = PairedValues.of("VAS", "SVF", "Baseline", "Week 12", List.of("a", "b"),
                new double[] {1, 2}, new double[] {3, Double.NaN});
        AnalysisInputException tooFew = assertThrows(AnalysisInputException.class,
                () -> new ChangeFromBaseline().run(onePair, new ChangeSettings(0.95, ChangeTest.BOTH), NO_PROGRESS));
        assertTrue(tooFew.getMessage().contains("1 complete Baseline/Week 12 pairs"), tooFew.getMessage());
    }
}
