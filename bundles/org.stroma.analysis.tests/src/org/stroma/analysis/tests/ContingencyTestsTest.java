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
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.ContingencyTable;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.table.ChiSquare;
import org.stroma.analysis.table.ChiSquareSettings;
import org.stroma.analysis.table.ConditionalOddsRatio;
import org.stroma.analysis.table.FisherEnumeration;
import org.stroma.analysis.table.FisherExact;
import org.stroma.analysis.table.FisherSettings;

/**
 * Reference values: R 4.2.2, printed by {@code reference/contingency-tests.R}
 * ({@code fisher.test}, {@code chisq.test}, and the conditional odds ratio re-solved there to
 * 1e-13 because {@code fisher.test} stops {@code uniroot} at about 1e-4).
 */
class ContingencyTestsTest {

    // contingency-tests.R: {a, b, c, d, p, R estimate, R lower, R upper, tight estimate, lower, upper}
    private static final double[][] FISHER_2X2 = {
        {8, 2, 3, 7, 0.069778518694927336, 8.1530626043573537, 0.88211748931581524, 127.05584183011169, 8.1538354145042859, 0.88211518693668722, 127.00902532429157},
        {3, 1, 1, 3, 0.48571428571428582, 6.4083088670057879, 0.21173291530550292, 621.9337505454173, 6.4083196581996678, 0.21173559544657863, 626.24353058881388},
        {5, 0, 1, 4, 0.047619047619047623, Double.POSITIVE_INFINITY, 1.0248222561417542, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1.0247975520470549, Double.POSITIVE_INFINITY},
        {12, 5, 9, 14, 0.062355169407449715, 3.6052498110792266, 0.82749006235841616, 17.981902565113781, 3.6052760858556643, 0.82749004455965891, 17.98573332985217},
    };

    private static ContingencyTable table(long[][] counts) {
        List<String> rows = new java.util.ArrayList<>(), columns = new java.util.ArrayList<>();
        for (int r = 0; r < counts.length; r++) rows.add("Arm " + (r + 1));
        for (int c = 0; c < counts[0].length; c++) columns.add("Outcome " + (c + 1));
        return ContingencyTable.of("Arm", "Outcome", rows, columns, counts);
    }

    private static long[][] twoByTwo(double[] row) {
        return new long[][] {{(long) row[0], (long) row[1]}, {(long) row[2], (long) row[3]}};
    }

    @Test
    void fisherTwoByTwoMatchesR() {
        for (double[] r : FISHER_2X2) {
            ResultTable test = new FisherExact().run(table(twoByTwo(r)), new FisherSettings(0.95), NO_PROGRESS)
                    .requireTable("test");
            String what = java.util.Arrays.toString(twoByTwo(r));
            relative(r[4], test.number(0, "p"), 1e-12, "p " + what);
            close(r[8], test.number(0, "odds_ratio"), 1e-8, "conditional MLE " + what);
            close(r[9], test.number(0, "lower"), 1e-8, "lower " + what);
            close(r[10], test.number(0, "upper"), 1e-8, "upper " + what);
            // fisher.test's own values, within its uniroot tolerance (about 1e-4 on the search scale)
            close(r[5], test.number(0, "odds_ratio"), 1e-2, "R estimate " + what);
            close(r[6], test.number(0, "lower"), 1e-2, "R lower " + what);
        }
    }

    @Test
    void fisherRByCMatchesR() {
        // contingency-tests.R: fisher.test p for each table
        long[][][] tables = {{{5, 1, 0}, {4, 2, 0}, {3, 2, 1}}, {{6, 3, 1}, {2, 4, 4}},
            {{8, 3, 2}, {4, 6, 3}, {2, 4, 8}}};
        double[] expected = {0.81819650937297406, 0.14600878997163685, 0.061339073937705345};
        for (int i = 0; i < tables.length; i++) {
            AnalysisResult result = new FisherExact().run(table(tables[i]), new FisherSettings(0.95), NO_PROGRESS);
            ResultTable test = result.requireTable("test");
            relative(expected[i], test.number(0, "p"), 1e-9, "p of table " + i);
            assertNull(test.value(0, "odds_ratio"));
            assertTrue(test.number(0, "tables") > 1);
        }
    }

    @Test
    void enumerationAgreesWithTheHypergeometricRouteOnTwoByTwo() {
        // contingency-tests.R: fisher.test(matrix(c(8, 2, 3, 7), 2, byrow = TRUE))
        FisherEnumeration.Result result = FisherEnumeration.pValue(new long[][] {{8, 2}, {3, 7}}, 1000, NO_PROGRESS);
        relative(0.069778518694927336, result.p(), 1e-12, "p by enumeration");
        assertEquals(10, result.tables()); // a = 1..10 given row totals 10, 10 and column totals 11, 9
        // [[3,1],[1,3]]: tables equally probable as the observed one count (R's 1e-7 tolerance)
        relative(0.48571428571428582, FisherEnumeration.pValue(new long[][] {{3, 1}, {1, 3}}, 100, NO_PROGRESS).p(),
                1e-12, "tied probabilities");
    }

    @Test
    void oddsRatioAtTheEdgeOfItsSupport() {
        ConditionalOddsRatio zero = ConditionalOddsRatio.of(0, 5, 4, 1, 0.95);
        assertEquals(0, zero.estimate());
        assertEquals(0, zero.lower());
        assertTrue(zero.upper() > 0 && zero.upper() < 1);
    }

    @Test
    void refusesTablesTooLargeToEnumerate() {
        long[][] big = {{10, 10, 10, 10, 10}, {10, 10, 10, 10, 10}, {10, 10, 10, 10, 10}, {10, 10, 10, 10, 10}};
        AnalysisInputException refused = assertThrows(AnalysisInputException.class,
                () -> FisherEnumeration.pValue(big, 100_000, NO_PROGRESS));
        assertTrue(refused.getMessage().contains("more than 100000 tables"), refused.getMessage());
    }

    @Test
    void refusesNegativeCountsAndEmptyRows() {
        AnalysisInputException negative = assertThrows(AnalysisInputException.class,
                () -> table(new long[][] {{3, -1}, {2, 4}}));
        assertTrue(negative.getMessage().contains("negative: -1"), negative.getMessage());
        AnalysisInputException empty = assertThrows(AnalysisInputException.class,
                () -> new ChiSquare().run(table(new long[][] {{3, 1}, {0, 0}}), new ChiSquareSettings(true), NO_PROGRESS));
        assertTrue(empty.getMessage().contains("Arm 'Arm 2' has no counts"), empty.getMessage());
        AnalysisInputException ragged = assertThrows(AnalysisInputException.class,
                () -> table(new long[][] {{3, 1}, {2}}));
        assertTrue(ragged.getMessage().contains("1 counts for 2 columns"), ragged.getMessage());
    }

    @Test
    void chiSquareMatchesR() {
        // contingency-tests.R: chisq.test(x) (Yates) and chisq.test(x, correct = FALSE)
        ContingencyTable ulcers = table(new long[][] {{8, 2}, {3, 7}});
        AnalysisResult yates = new ChiSquare().run(ulcers, new ChiSquareSettings(true), NO_PROGRESS);
        ResultTable y = yates.requireTable("test");
        close(3.2323232323232323, y.number(0, "statistic"), 1e-12, "Yates X2");
        relative(0.072198197701657446, y.number(0, "p"), 1e-10, "Yates p");
        assertEquals("Yates", y.text(0, "correction"));
        assertTrue(yates.notes().stream().anyMatch(note -> note.contains("below 5")), "expected counts 4.5 < 5");
        ResultTable plain = new ChiSquare().run(ulcers, new ChiSquareSettings(false), NO_PROGRESS).requireTable("test");
        close(5.0505050505050502, plain.number(0, "statistic"), 1e-12, "X2");
        relative(0.024618761380815167, plain.number(0, "p"), 1e-10, "p");

        AnalysisResult large = new ChiSquare().run(table(new long[][] {{30, 10}, {12, 28}}), new ChiSquareSettings(true),
                NO_PROGRESS);
        close(14.486215538847119, large.requireTable("test").number(0, "statistic"), 1e-12, "Yates X2, 80 subjects");
        relative(0.00014118893684719267, large.requireTable("test").number(0, "p"), 1e-10, "Yates p, 80 subjects");
        assertTrue(large.notes().isEmpty());

        // 3 x 3: no continuity correction whatever the setting
        AnalysisResult threeByThree = new ChiSquare().run(table(new long[][] {{8, 3, 2}, {4, 6, 3}, {2, 4, 8}}),
                new ChiSquareSettings(true), NO_PROGRESS);
        ResultTable t = threeByThree.requireTable("test");
        close(9.7089723463349848, t.number(0, "statistic"), 1e-12, "3x3 X2");
        assertEquals(4L, t.value(0, "df"));
        relative(0.045625982247083322, t.number(0, "p"), 1e-10, "3x3 p");
        assertEquals("none", t.text(0, "correction"));
        ResultTable expected = threeByThree.requireTable("expected");
        close(4.55, expected.number(0, "c1"), 1e-12, "expected[1,1]");
        close(4.55, expected.number(2, "c3"), 1e-12, "expected[3,3]");
    }
}
