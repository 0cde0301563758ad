package org.stroma.example.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.Observation;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.api.SettingsSchema;
import org.stroma.example.analysis.BootstrapMeanDifference;
import org.stroma.example.analysis.BootstrapSettings;

/** The plugin's analysis as the API runs it: reproducible with its seed, right where the answer is known. */
class BootstrapMeanDifferenceTest {

    /** qnorm(0.975) in R. */
    private static final double Z_975 = 1.959963984540054;

    private final BootstrapMeanDifference bootstrap = new BootstrapMeanDifference();

    private static IndependentGroups twoGroups(double[] first, double[] second) {
        return IndependentGroups.of("Score", "Month 6", Group.ofValues("A", first), Group.ofValues("B", second));
    }

    private ResultTable interval(IndependentGroups input, BootstrapSettings settings) {
        return bootstrap.run(input, settings, AnalysisProgress.none()).requireTable("bootstrap");
    }

    @Test
    void settingsAreAFormWithDefaults() {
        SettingsSchema<BootstrapSettings> schema = SettingsSchema.of(BootstrapSettings.class);
        assertEquals(List.of("resamples", "confidenceLevel", "seed"),
                schema.fields().stream().map(f -> f.name()).toList());
        assertEquals(new BootstrapSettings(10_000, 0.95, 20260101L), bootstrap.defaultSettings());
        assertEquals(new BootstrapSettings(2000, 0.95, 7L), schema.create(Map.of("resamples", "2000", "seed", 7L)));
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedAnother() {
        IndependentGroups input = twoGroups(new double[] {12.1, 9.8, 14.3, 11.0, 10.4, 13.7, 8.9},
                new double[] {8.2, 10.1, 7.4, 9.9, 6.8, 8.8});
        BootstrapSettings seeded = new BootstrapSettings(5000, 0.95, 42L);
        AnalysisResult once = bootstrap.run(input, seeded, AnalysisProgress.none());
        AnalysisResult again = bootstrap.run(input, new BootstrapSettings(5000, 0.95, 42L), AnalysisProgress.none());
        assertEquals(once, again, "a stored result re-runs to an equal result");
        ResultTable other = interval(input, new BootstrapSettings(5000, 0.95, 43L));
        assertNotEquals(once.requireTable("bootstrap").number(0, "lower"), other.number(0, "lower"));
        // The observed difference does not depend on the seed: mean(A) - mean(B) = 11.457143 - 8.533333.
        assertEquals(80.2 / 7 - 51.2 / 6, other.number(0, "difference"), 1e-12);
    }

    @Test
    void constantGroupsThatDifferByThreeGiveTheIntervalThreeToThree() {
        // Every resample of a constant group has the same mean, so every resampled difference is 3.
        ResultTable t = interval(twoGroups(new double[] {5, 5, 5, 5, 5}, new double[] {2, 2, 2, 2}),
                new BootstrapSettings(1000, 0.95, 1L));
        assertEquals(3.0, t.number(0, "difference"));
        assertEquals(3.0, t.number(0, "lower"));
        assertEquals(3.0, t.number(0, "upper"));
        assertEquals(0.0, t.number(0, "se"));
        assertEquals("A - B", t.text(0, "comparison"));
    }

    /**
     * With 2000 normal values per group the bootstrap distribution of the difference of means is
     * normal to within far less than the tolerance, with the plug-in SE (a factor sqrt(1999/2000)
     * of the usual SE). What remains is Monte Carlo error: a 2.5% quantile of B = 10 000 resamples
     * has SD sqrt(0.025 * 0.975 / B) / dnorm(1.96) = 0.027 SE, so 0.15 SE is over 5 SDs yet far
     * below the 0.32 SE a 90% interval in place of a 95% one would move each limit.
     */
    @Test
    void aLargeNormalSampleAgreesWithNormalTheory() {
        Random random = new Random(2026);
        double[] x = new double[2000], y = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 2 * random.nextGaussian();
            y[i] = 8 + 3 * random.nextGaussian();
        }
        double se = Math.sqrt(variance(x) / x.length + variance(y) / y.length);
        double difference = mean(x) - mean(y);
        ResultTable t = interval(twoGroups(x, y), new BootstrapSettings(10_000, 0.95, 99L));
        assertEquals(difference, t.number(0, "difference"), 1e-12);
        assertEquals(difference - Z_975 * se, t.number(0, "lower"), 0.15 * se);
        assertEquals(difference + Z_975 * se, t.number(0, "upper"), 0.15 * se);
        // The SD of 10 000 resampled differences has a relative Monte Carlo error of 1/sqrt(2B) = 0.7%.
        assertEquals(se, t.number(0, "se"), 0.03 * se);
    }

    /**
     * 400 trials of two groups of 40 normal values whose true difference is -1: a 90% percentile
     * interval should contain -1 in about 90% of them (a little less: the percentile bootstrap
     * undercovers slightly at n = 40). The binomial SD of the observed rate is 0.015, so 0.84 to
     * 0.95 allows more than 3 SDs either side while still catching a wrong quantile or an interval
     * of the wrong group order. The seeds are fixed, so the test always sees the same trials.
     */
    @Test
    void ninetyPercentIntervalsCoverTheTrueDifferenceAboutNinetyPercentOfTheTime() {
        Random random = new Random(7);
        int covered = 0, trials = 400;
        for (int trial = 0; trial < trials; trial++) {
            double[] x = new double[40], y = new double[40];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian();
                y[i] = 1 + random.nextGaussian();
            }
            ResultTable t = interval(twoGroups(x, y), new BootstrapSettings(1000, 0.90, trial));
            if (t.number(0, "lower") <= -1 && -1 <= t.number(0, "upper")) covered++;
        }
        double coverage = covered / (double) trials;
        assertTrue(coverage >= 0.84 && coverage <= 0.95, "coverage " + coverage);
    }

    @Test
    void missingValuesAreExcludedWithTheSubjectAndWhy() {
        IndependentGroups input = IndependentGroups.of("Pain (mm)", "Month 6",
                new Group("SVF", List.of(new Observation("S-01", 20), new Observation("S-02", 35),
                        Observation.missing("S-03"), new Observation("S-04", 28))),
                Group.ofValues("Control", 40, 52, 47));
        AnalysisResult result = bootstrap.run(input, new BootstrapSettings(500, 0.95, 3L), AnalysisProgress.none());
        assertEquals(List.of(new Exclusion("S-03", "SVF", "Pain (mm) missing at Month 6")), result.data().exclusions());
        assertEquals(6, result.data().observations());
        assertEquals(3, result.requireTable("groups").number(0, "n"));
    }

    @Test
    void inputItCannotAnalyseIsRefusedWithAReason() {
        AnalysisInputException one = assertThrows(AnalysisInputException.class, () -> bootstrap.run(
                twoGroups(new double[] {4}, new double[] {1, 2}), bootstrap.defaultSettings(), AnalysisProgress.none()));
        assertEquals("group 'A' has 1 value of Score; the bootstrap needs at least 2", one.getMessage());
        IndependentGroups three = IndependentGroups.of("Score", "", Group.ofValues("A", 1, 2),
                Group.ofValues("B", 3, 4), Group.ofValues("C", 5, 6));
        assertTrue(!bootstrap.accepts(three));
        assertThrows(AnalysisInputException.class,
                () -> bootstrap.run(three, bootstrap.defaultSettings(), AnalysisProgress.none()));
        AnalysisInputException few = assertThrows(AnalysisInputException.class, () -> bootstrap.run(
                twoGroups(new double[] {1, 2}, new double[] {3, 4}), new BootstrapSettings(10, 0.95, 1L),
                AnalysisProgress.none()));
        assertTrue(few.getMessage().startsWith("setting 'Resamples' must be between 100.0"), few.getMessage());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double mean = mean(values), squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return squares / (values.length - 1);
    }
}
