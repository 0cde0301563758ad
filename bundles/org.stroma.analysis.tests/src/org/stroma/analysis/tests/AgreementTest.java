package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;
import static org.stroma.analysis.tests.Close.close;
import static org.stroma.analysis.tests.Close.relative;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.agreement.CohenKappa;
import org.stroma.analysis.agreement.IntraclassCorrelation;
import org.stroma.analysis.agreement.KappaWeights;
import org.stroma.analysis.agreement.WeightedKappa;
import org.stroma.analysis.agreement.WeightedKappaSettings;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Ratings;
import org.stroma.analysis.api.ResultTable;

/**
 * Reference values: {@code reference/agreement.R} (R 4.2.2; formulas of Shrout and Fleiss 1979,
 * McGraw and Wong 1996 and Fleiss, Cohen and Everitt 1969 written there in R) and published
 * worked examples: Shrout and Fleiss (1979) Table 2 data with the ICCs of their Table 4, and the
 * radiologists' table of Boyd et al. (1982) in Altman (1991), kappa = 0.47.
 */
class AgreementTest {

    private static final List<String> JUDGES = List.of("Judge 1", "Judge 2", "Judge 3", "Judge 4");
    /** Shrout and Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
    private static final double[][] SHROUT_FLEISS = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6},
        {10, 5, 6, 9}, {6, 2, 4, 7}};
    private static final String[] ICC_KEYS = {"icc", "f", "df1", "df2", "p", "lower", "upper"};
    // agreement.R, ICC 95%: rows ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k)
    private static final double[][] ICC_95 = {
        {0.16574176840547541, 1.7946784922394678, 5, 18, 0.16476880834463969, -0.13293232487475098, 0.72256006232812098},
        {0.28976377952755922, 11.027247956403272, 5, 15, 0.00013456651648433691, 0.018786513374712047, 0.7610843696489531},
        {0.71484071484071487, 11.027247956403272, 5, 15, 0.00013456651648433691, 0.34246476503392537, 0.94585825995535955},
        {0.4427971336792686, 1.7946784922394678, 5, 18, 0.16476880834463969, -0.88444215523812009, 0.9124154203407755},
        {0.62005054759898925, 11.027247956403272, 5, 15, 0.00013456651648433691, 0.071136815302503487, 0.92723204016772198},
        {0.90931554237706946, 11.027247956403272, 5, 15, 0.00013456651648433691, 0.67567471381630473, 0.98589167816906231},
    };
    // agreement.R, ICC 90%: {lower, upper}
    private static final double[][] ICC_90 = {
        {-0.096722203657742256, 0.64339831070442299},
        {0.042901191540539951, 0.69107060661835673},
        {0.41183413091904414, 0.92583280768027942},
        {-0.5450417247368684, 0.87830103540640747},
        {0.15203705385595825, 0.89947670011362502},
        {0.73689767857705224, 0.98036605604721416},
    };
    /** Shrout and Fleiss (1979), Table 4, printed to two decimals. */
    private static final double[] PUBLISHED_ICC = {0.17, 0.29, 0.71, 0.44, 0.62, 0.91};

    /** Boyd et al. (1982) via Altman (1991): radiologist A (rows) by B (columns), 4 ordered categories. */
    private static final long[][] BOYD = {{21, 12, 0, 0}, {4, 17, 1, 0}, {3, 9, 15, 2}, {0, 0, 0, 1}};
    private static final String[] KAPPA_KEYS = {"n", "kappa", "observed", "expected", "se", "z", "lower", "upper"};
    // agreement.R: {n, kappa, po, pe, se, z, lower, upper}, p separately
    private static final double[][] KAPPA = {
        {85, 0.47278911564625864, 0.6352941176470589, 0.30823529411764705, 0.072715378170647632, 6.8149676736903446, 0.33026959330957928, 0.615308637982938},
        {85, 0.56839904420549581, 0.8666666666666667, 0.6910726643598617, 0.067556090437022862, 7.2174618093822307, 0.43599154001260026, 0.7008065483983914},
        {85, 0.67137057800116029, 0.94771241830065367, 0.84089196462898885, 0.068114471052146214, 6.2220393728957157, 0.53786866791295762, 0.80487248808936296},
    };
    private static final double[] KAPPA_P = {9.4284964351140589e-12, 5.2966863654429925e-13, 4.9073383966421685e-10};

    private static Ratings shroutFleiss() {
        return Ratings.of("Rating", "", JUDGES, List.of("T1", "T2", "T3", "T4", "T5", "T6"), SHROUT_FLEISS, List.of());
    }

    /** Expands a table of counts into 85 subjects rated by two radiologists, categories valued {@code values}. */
    private static Ratings radiologists(double[] values, List<Double> scale) {
        List<String> subjects = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (long c = 0; c < BOYD[i][j]; c++) {
                    subjects.add("X-" + (subjects.size() + 1));
                    rows.add(new double[] {values[i], values[j]});
                }
            }
        }
        return Ratings.of("Xeromammogram category", "", List.of("Radiologist A", "Radiologist B"), subjects,
                rows.toArray(double[][]::new), scale);
    }

    @Test
    void iccMatchesShroutFleissAndMcGrawWong() {
        AnalysisResult result = new IntraclassCorrelation().run(shroutFleiss(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        ResultTable icc = result.requireTable("icc");
        assertEquals(List.of("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"),
                java.util.stream.IntStream.range(0, 6).mapToObj(i -> icc.text(i, "form")).toList());
        assertEquals(List.of("ICC(1)", "ICC(A,1)", "ICC(C,1)", "ICC(k)", "ICC(A,k)", "ICC(C,k)"),
                java.util.stream.IntStream.range(0, 6).mapToObj(i -> icc.text(i, "mcgraw_wong")).toList());
        for (int i = 0; i < 6; i++) {
            Close.row(icc, i, new String[] {"icc", "f", "df1", "df2", "lower", "upper"},
                    new double[] {ICC_95[i][0], ICC_95[i][1], ICC_95[i][2], ICC_95[i][3], ICC_95[i][5], ICC_95[i][6]},
                    1e-10);
            relative(ICC_95[i][4], icc.number(i, "p"), 1e-9, "p " + i);
            assertEquals(PUBLISHED_ICC[i], icc.number(i, "icc"), 0.005, "Shrout & Fleiss Table 4, row " + i);
        }
        // agreement.R: mean squares {BMS, WMS, JMS, EMS}
        ResultTable anova = result.requireTable("anova");
        close(11.241666666666669, anova.number(0, "ms"), 1e-12, "BMS");
        close(6.2638888888888902, anova.number(1, "ms"), 1e-12, "WMS");
        close(32.486111111111093, anova.number(2, "ms"), 1e-12, "JMS");
        close(1.0194444444444444, anova.number(3, "ms"), 1e-12, "EMS");
    }

    @Test
    void iccConfidenceLevelIsASetting() {
        ResultTable icc = new IntraclassCorrelation().run(shroutFleiss(), ConfidenceSettings.of(0.90), NO_PROGRESS)
                .requireTable("icc");
        for (int i = 0; i < 6; i++) {
            close(ICC_90[i][0], icc.number(i, "lower"), 1e-10, "90% lower " + i);
            close(ICC_90[i][1], icc.number(i, "upper"), 1e-10, "90% upper " + i);
        }
    }

    @Test
    void iccExcludesIncompleteSubjects() {
        double[][] withGap = new double[7][];
        System.arraycopy(SHROUT_FLEISS, 0, withGap, 0, 6);
        withGap[6] = new double[] {5, Double.NaN, 4, 6};
        Ratings ratings = Ratings.of("Rating", "", JUDGES, List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7"), withGap,
                List.of());
        AnalysisResult result = new IntraclassCorrelation().run(ratings, ConfidenceSettings.of(0.95), NO_PROGRESS);
        close(ICC_95[1][0], result.requireTable("icc").number(1, "icc"), 1e-10, "ICC(2,1) without T7");
        assertEquals("no rating by Judge 2", result.data().exclusions().get(0).reason());
        assertEquals(24, result.data().observations());
    }

    @Test
    void cohenKappaMatchesAltmanAndTheFleissCohenEverittFormulas() {
        ResultTable kappa = new CohenKappa().run(radiologists(new double[] {0, 1, 2, 3}, List.of()),
                ConfidenceSettings.of(0.95), NO_PROGRESS).requireTable("kappa");
        Close.row(kappa, 0, KAPPA_KEYS, KAPPA[0], 1e-12);
        relative(KAPPA_P[0], kappa.number(0, "p"), 1e-8, "p");
        assertEquals(0.47, kappa.number(0, "kappa"), 0.005, "Altman (1991)");
    }

    @Test
    void weightedKappaLinearAndQuadratic() {
        Ratings ratings = radiologists(new double[] {0, 1, 2, 3}, List.of());
        for (int w = 1; w <= 2; w++) {
            KappaWeights weights = w == 1 ? KappaWeights.LINEAR : KappaWeights.QUADRATIC;
            ResultTable kappa = new WeightedKappa().run(ratings, new WeightedKappaSettings(weights, 0.95), NO_PROGRESS)
                    .requireTable("kappa");
            Close.row(kappa, 0, KAPPA_KEYS, KAPPA[w], 1e-12);
            relative(KAPPA_P[w], kappa.number(0, "p"), 1e-8, weights + " p");
        }
        ResultTable none = new WeightedKappa().run(ratings, new WeightedKappaSettings(KappaWeights.NONE, 0.95),
                NO_PROGRESS).requireTable("kappa");
        close(KAPPA[0][1], none.number(0, "kappa"), 1e-12, "unweighted through WeightedKappa");
    }

    @Test
    void weightedKappaUsesTheDeclaredScaleSpacing() {
        // agreement.R: the four categories as points 0, 1, 3, 4 of a 0-4 scale, linear weights
        Ratings gap = radiologists(new double[] {0, 1, 3, 4}, List.of(0.0, 1.0, 2.0, 3.0, 4.0));
        ResultTable kappa = new WeightedKappa().run(gap, new WeightedKappaSettings(KappaWeights.LINEAR, 0.95),
                NO_PROGRESS).requireTable("kappa");
        close(0.58903404999485665, kappa.number(0, "kappa"), 1e-12, "kappa with scale gap");
        // without the scale, only observed categories count and the result is the 4-category one
        ResultTable observed = new WeightedKappa().run(radiologists(new double[] {0, 1, 3, 4}, List.of()),
                new WeightedKappaSettings(KappaWeights.LINEAR, 0.95), NO_PROGRESS).requireTable("kappa");
        close(KAPPA[1][1], observed.number(0, "kappa"), 1e-12, "kappa on observed categories");
    }

    @Test
    void refusals() {
        AnalysisInputException threeRaters = assertThrows(AnalysisInputException.class,
                () -> new CohenKappa().run(shroutFleiss(), ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(threeRaters.getMessage().contains("ratings by two raters"), threeRaters.getMessage());

        Ratings oneCategory = Ratings.of("Grade", "", List.of("A", "B"), List.of("s1", "s2", "s3"),
                new double[][] {{1, 1}, {1, 1}, {1, 1}}, List.of());
        AnalysisInputException single = assertThrows(AnalysisInputException.class,
                () -> new CohenKappa().run(oneCategory, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(single.getMessage().contains("at least 2 categories"), single.getMessage());

        Ratings flat = Ratings.of("Volume", "", List.of("A", "B"), List.of("s1", "s2"),
                new double[][] {{3, 3}, {3, 3}}, List.of());
        AnalysisInputException zero = assertThrows(AnalysisInputException.class,
                () -> new IntraclassCorrelation().run(flat, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(zero.getMessage().contains("zero variance"), zero.getMessage());

        AnalysisInputException offScale = assertThrows(AnalysisInputException.class,
                () -> Ratings.of("Grade", "", List.of("A", "B"), List.of("s1"), new double[][] {{1, 7}},
                        List.of(0.0, 1.0, 2.0, 3.0)));
        assertTrue(offScale.getMessage().contains("rater B gave subject s1 the rating 7.0"), offScale.getMessage());

        AnalysisInputException shortRow = assertThrows(AnalysisInputException.class,
                () -> Ratings.of("Grade", "", List.of("A", "B", "C"), List.of("s1"), new double[][] {{1, 2}},
                        List.of()));
        assertTrue(shortRow.getMessage().contains("subject s1 has 2 ratings for 3 raters"), shortRow.getMessage());
    }
}
