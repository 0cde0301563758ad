package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;
import static org.stroma.analysis.tests.Close.close;
import static org.stroma.analysis.tests.Close.relative;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.comparison.OneWayAnova;

/**
 * Reference values: R 4.2.2, printed by {@code reference/descriptives-anova.R}: {@code aov},
 * {@code TukeyHSD}, and, because R's {@code ptukey} is accurate only to about 1e-7 and
 * {@code qtukey} stops at a step of 1e-4, the same Tukey-Kramer p-values and intervals from the
 * independent high-accuracy integral of {@code studentized-range.R} (function {@code hp}).
 */
class OneWayAnovaTest {

    // descriptives-anova.R, anova: {df between, df within, SS between, SS within, F, p}
    private static final double[] R_ANOVA = {2, 14, 2063.1736274509799, 281.80166666666679, 51.249574081618348,
        3.6194034908870586e-07};
    // descriptives-anova.R, TukeyHSD 95%: {diff, lwr, upr, p adj} for SVF-AFG, ADSC-AFG, ADSC-SVF
    private static final double[][] R_TUKEY = {
        {18.866666666666653, 11.756271384835207, 25.977061948498097, 1.9160709444188129e-05},
        {25.349999999999994, 18.570504104025343, 32.129495895974649, 3.4668650694680281e-07},
        {6.4833333333333414, -0.62706194849810437, 13.593728615164787, 0.076180959686417138},
    };
    // descriptives-anova.R, integral at 0.95: {diff, lwr, upr, q, P(Q > q)}
    private static final double[][] INTEGRAL_95 = {
        {18.866666666666667, 11.756271343359096, 25.977061989974239, 9.8212484644383444, 1.9160717369648164e-05},
        {25.350000000000001, 18.570504064479415, 32.129495935520588, 13.840310329021083, 3.4669503935908824e-07},
        {6.4833333333333343, -0.62706198997423712, 13.593728656640906, 3.3749696578326116, 0.076180959685967567},
    };
    // descriptives-anova.R, integral at 0.99: {diff, lwr, upr, q, P(Q > q)}
    private static final double[][] INTEGRAL_99 = {
        {18.866666666666667, 9.4642340840473089, 28.269099249286025},
        {25.350000000000001, 16.385132284568627, 34.314867715431376},
        {6.4833333333333343, -2.9190992492860239, 15.885765915952692},
    };

    @Test
    void anovaTableMatchesR() {
        AnalysisResult result = new OneWayAnova().run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.95),
                NO_PROGRESS);
        ResultTable anova = result.requireTable("anova");
        assertEquals(2L, anova.value(0, "df"));
        assertEquals(14L, anova.value(1, "df"));
        close(R_ANOVA[2], anova.number(0, "ss"), 1e-12, "SS between");
        close(R_ANOVA[3], anova.number(1, "ss"), 1e-12, "SS within");
        close(R_ANOVA[4], anova.number(0, "f"), 1e-12, "F");
        relative(R_ANOVA[5], anova.number(0, "p"), 1e-9, "p");
        assertNull(anova.value(1, "f"));
        assertEquals(List.of("SVF-6"), result.data().exclusions().stream().map(e -> e.subject()).toList());
    }

    @Test
    void tukeyKramerMatchesRAndTheIndependentIntegral() {
        ResultTable tukey = new OneWayAnova().run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.95),
                NO_PROGRESS).requireTable("tukey");
        assertEquals(List.of("SVF - AFG", "ADSC - AFG", "ADSC - SVF"),
                List.of(tukey.text(0, "comparison"), tukey.text(1, "comparison"), tukey.text(2, "comparison")));
        for (int i = 0; i < 3; i++) {
            double[] exact = INTEGRAL_95[i];
            close(exact[0], tukey.number(i, "difference"), 1e-12, "difference " + i);
            close(exact[1], tukey.number(i, "lower"), 1e-10, "lower " + i);
            close(exact[2], tukey.number(i, "upper"), 1e-10, "upper " + i);
            close(exact[3], tukey.number(i, "q"), 1e-12, "q " + i);
            relative(exact[4], tukey.number(i, "p_adjusted"), 1e-8, "adjusted p " + i);
            // R's TukeyHSD: intervals within qtukey's 1e-4 step, p within ptukey's ~1e-7 absolute error
            close(R_TUKEY[i][1], tukey.number(i, "lower"), 1e-6, "R lower " + i);
            close(R_TUKEY[i][2], tukey.number(i, "upper"), 1e-6, "R upper " + i);
            assertEquals(R_TUKEY[i][3], tukey.number(i, "p_adjusted"), 1e-7, "R p " + i);
        }
    }

    @Test
    void familyConfidenceIsASetting() {
        ResultTable tukey = new OneWayAnova().run(DescriptivesTest.threeArms(), ConfidenceSettings.of(0.99),
                NO_PROGRESS).requireTable("tukey");
        for (int i = 0; i < 3; i++) {
            close(INTEGRAL_99[i][1], tukey.number(i, "lower"), 1e-10, "99% lower " + i);
            close(INTEGRAL_99[i][2], tukey.number(i, "upper"), 1e-10, "99% upper " + i);
        }
    }

    @Test
    void sumsOfSquaresSurviveALargeCommonOffset() {
        // ANOVA is shift-invariant: 1e9 + the same data must give R's F for the unshifted data.
        // (1e9 + x is stored to about 1e-7, which perturbs F by about 1e-8 relative.)
        double offset = 1e9;
        IndependentGroups shifted = IndependentGroups.of("Retention", "", Group.ofValues("AFG", shift(DescriptivesTest.AFG, offset)),
                Group.ofValues("SVF", shift(DescriptivesTest.SVF, offset)),
                Group.ofValues("ADSC", shift(DescriptivesTest.ADSC, offset)));
        OneWayAnova.Table table = OneWayAnova.anova(List.of(shift(DescriptivesTest.AFG, offset),
                shift(DescriptivesTest.SVF, offset), shift(DescriptivesTest.ADSC, offset)));
        close(R_ANOVA[3], table.ssWithin(), 1e-6, "SS within with offset");
        close(R_ANOVA[4], table.f(), 1e-6, "F with offset");
        ResultTable tukey = new OneWayAnova().run(shifted, ConfidenceSettings.of(0.95), NO_PROGRESS)
                .requireTable("tukey");
        close(INTEGRAL_95[2][0], tukey.number(2, "difference"), 1e-6, "difference with offset");
    }

    private static double[] shift(double[] values, double offset) {
        return Arrays.stream(values).map(v -> v + offset).toArray();
    }

    @Test
    void refusesGroupsTooSmallOrWithoutVariance() {
        OneWayAnova anova = new OneWayAnova();
        IndependentGroups tiny = IndependentGroups.of("Retention", "", Group.ofValues("AFG", 40, 42),
                Group.ofValues("SVF", 60, Double.NaN));
        AnalysisInputException small = assertThrows(AnalysisInputException.class,
                () -> anova.run(tiny, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(small.getMessage().contains("group 'SVF' has 1 value"), small.getMessage());

        IndependentGroups flat = IndependentGroups.of("Retention", "", Group.ofValues("AFG", 40, 40, 40),
                Group.ofValues("SVF", 60, 60));
        AnalysisInputException zero = assertThrows(AnalysisInputException.class,
                () -> anova.run(flat, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(zero.getMessage().contains("within-group variance is zero"), zero.getMessage());

        IndependentGroups one = IndependentGroups.of("Retention", "", Group.ofValues("AFG", 40, 41, 42));
        AnalysisInputException kind = assertThrows(AnalysisInputException.class,
                () -> anova.run(one, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(kind.getMessage().contains("two or more independent groups"), kind.getMessage());
    }
}
