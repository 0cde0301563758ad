package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;
import static org.stroma.analysis.tests.Close.close;
import static org.stroma.analysis.tests.Close.relative;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.NoSettings;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.comparison.KruskalWallis;
import org.stroma.analysis.comparison.MannWhitney;
import org.stroma.analysis.comparison.RankTestMethod;
import org.stroma.analysis.comparison.RankTestSettings;
import org.stroma.analysis.comparison.StudentTTest;
import org.stroma.analysis.comparison.WelchTTest;

/**
 * Reference values: R 4.2.2, printed by {@code reference/two-sample-tests.R} ({@code t.test},
 * {@code wilcox.test}, {@code kruskal.test}).
 */
class TwoSampleTestsTest {

    private static final double[] ECM = {52.3, 61.0, 58.4, 49.7, 66.2, 63.1, 57.5, 60.8, 71.4, 55.6};
    private static final double[] TRAD = {44.1, 50.2, 47.9, 39.5, 53.6, 41.2, 48.8, 45.3, 51.7, 36.4, 46.0};
    private static final String[] T_KEYS = {"difference", "lower", "upper", "t", "df"};
    private static final RankTestSettings R_DEFAULTS = new RankTestSettings(RankTestMethod.AUTO, true);

    private static IndependentGroups alopecia() {
        return IndependentGroups.of("Hair density (follicles/cm²)", "Month 6", Group.ofValues("ECM/SVF-gel", ECM),
                Group.ofValues("Traditional", TRAD));
    }

    private static IndependentGroups twoGroups(double[] x, double[] y) {
        return IndependentGroups.of("Score", "", Group.ofValues("X", x), Group.ofValues("Y", y));
    }

    @Test
    void studentMatchesR() {
        // two-sample-tests.R: t.test(ecm, trad, var.equal = TRUE)
        ResultTable t = new StudentTTest().run(alopecia(), ConfidenceSettings.of(0.95), NO_PROGRESS).requireTable("test");
        Close.row(t, 0, T_KEYS, new double[] {13.718181818181819, 8.3596413108670813, 19.076722325496558,
            5.3582658354466028, 19}, 1e-12);
        relative(3.5941210330435652e-05, t.number(0, "p"), 1e-9, "p");
        assertEquals("ECM/SVF-gel - Traditional", t.text(0, "comparison"));
    }

    @Test
    void welchMatchesR() {
        // two-sample-tests.R: t.test(ecm, trad)
        ResultTable t = new WelchTTest().run(alopecia(), ConfidenceSettings.of(0.95), NO_PROGRESS).requireTable("test");
        Close.row(t, 0, T_KEYS, new double[] {13.718181818181819, 8.2774425245691496, 19.158921111794484,
            5.3073117053565344, 17.53510147735426}, 1e-12);
        relative(5.2279837315058494e-05, t.number(0, "p"), 1e-9, "p");
        // t.test(ecm, trad, conf.level = 0.90)
        ResultTable t90 = new WelchTTest().run(alopecia(), ConfidenceSettings.of(0.90), NO_PROGRESS).requireTable("test");
        close(9.2295789213251442, t90.number(0, "lower"), 1e-12, "90% lower");
        close(18.206784715038491, t90.number(0, "upper"), 1e-12, "90% upper");
    }

    @Test
    void mannWhitneyExactMatchesR() {
        // two-sample-tests.R: wilcox.test(ecm, trad), wilcox.test(trad, ecm)
        ResultTable w = new MannWhitney().run(alopecia(), R_DEFAULTS, NO_PROGRESS).requireTable("test");
        assertEquals(106, w.number(0, "w"));
        relative(6.8043411696662478e-05, w.number(0, "p"), 1e-12, "p");
        assertEquals("exact", w.text(0, "method"));
        IndependentGroups reversed = IndependentGroups.of("Hair", "", Group.ofValues("Traditional", TRAD),
                Group.ofValues("ECM", ECM));
        ResultTable r = new MannWhitney().run(reversed, R_DEFAULTS, NO_PROGRESS).requireTable("test");
        assertEquals(4, r.number(0, "w"));
        relative(6.8043411696662478e-05, r.number(0, "p"), 1e-12, "p reversed");
        // wilcox.test(c(1.1, 2.3, 3.8, 5.2), c(2.9, 4.4, 6.1, 7.0, 8.5))
        ResultTable small = new MannWhitney().run(twoGroups(new double[] {1.1, 2.3, 3.8, 5.2},
                new double[] {2.9, 4.4, 6.1, 7.0, 8.5}), R_DEFAULTS, NO_PROGRESS).requireTable("test");
        assertEquals(3, small.number(0, "w"));
        relative(0.1111111111111111, small.number(0, "p"), 1e-12, "small p");
    }

    @Test
    void mannWhitneyWithTiesUsesCorrectedNormalApproximation() {
        // two-sample-tests.R: wilcox.test(x, y) and wilcox.test(x, y, correct = FALSE)
        IndependentGroups tied = twoGroups(new double[] {3, 4, 4, 5, 2, 4, 3, 5},
                new double[] {2, 3, 3, 1, 2, 4, 2, 3, 1});
        ResultTable corrected = new MannWhitney().run(tied, R_DEFAULTS, NO_PROGRESS).requireTable("test");
        assertEquals(60, corrected.number(0, "w"));
        relative(0.020242043619948649, corrected.number(0, "p"), 1e-10, "corrected p");
        assertTrue(corrected.text(0, "method").startsWith("normal approximation"));
        ResultTable plain = new MannWhitney().run(tied, new RankTestSettings(RankTestMethod.AUTO, false), NO_PROGRESS)
                .requireTable("test");
        relative(0.017728920838773459, plain.number(0, "p"), 1e-10, "uncorrected p");
    }

    @Test
    void kruskalWallisMatchesR() {
        // two-sample-tests.R: kruskal.test(list(afg, svf, adsc))
        ResultTable k = new KruskalWallis().run(DescriptivesTest.threeArms(), new NoSettings(), NO_PROGRESS)
                .requireTable("test");
        close(12.739869281045756, k.number(0, "h"), 1e-12, "H");
        assertEquals(2L, k.value(0, "df"));
        relative(0.0017122711350543885, k.number(0, "p"), 1e-10, "p");
        assertEquals(1.0, k.number(0, "tie_correction"));
        // kruskal.test with ties
        KruskalWallis.Test tied = KruskalWallis.test(List.of(new double[] {2, 3, 3, 4, 2},
                new double[] {3, 4, 4, 5, 4}, new double[] {1, 2, 2, 3, 1, 2}));
        close(9.5066510172144021, tied.h(), 1e-12, "tied H");
        relative(0.0086229717028505765, tied.p(), 1e-10, "tied p");
        assertTrue(tied.tieCorrection() < 1);
    }

    @Test
    void refusals() {
        IndependentGroups flat = twoGroups(new double[] {5, 5, 5}, new double[] {7, 7});
        AnalysisInputException zero = assertThrows(AnalysisInputException.class,
                () -> new StudentTTest().run(flat, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(zero.getMessage().contains("zero variance"), zero.getMessage());
        assertThrows(AnalysisInputException.class,
                () -> new WelchTTest().run(flat, ConfidenceSettings.of(0.95), NO_PROGRESS));

        IndependentGroups single = twoGroups(new double[] {5}, new double[] {7, 8, 9});
        AnalysisInputException small = assertThrows(AnalysisInputException.class,
                () -> new WelchTTest().run(single, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(small.getMessage().contains("group 'X' has 1 value"), small.getMessage());

        AnalysisInputException three = assertThrows(AnalysisInputException.class,
                () -> new StudentTTest().run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(three.getMessage().contains("two independent groups"), three.getMessage());

        IndependentGroups allSame = twoGroups(new double[] {4, 4}, new double[] {4, 4, 4});
        assertThrows(AnalysisInputException.class, () -> new MannWhitney().run(allSame, R_DEFAULTS, NO_PROGRESS));
        assertThrows(AnalysisInputException.class,
                () -> new KruskalWallis().run(allSame, new NoSettings(), NO_PROGRESS));
    }
}
