package org.stroma.analysis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Group;
import org.stroma.analysis.api.IndependentGroups;
import org.stroma.analysis.api.ResultTable;
import org.stroma.example.analysis.BootstrapMeanDifference;
import org.stroma.example.analysis.BootstrapSettings;

/**
 * The example plugin's percentile bootstrap on a 40-subject two-arm outcome (20 per arm,
 * synthetic fat retention in %), 10,000 resamples: wall time of a run (after the JIT has compiled
 * it, median of the runs), the bytes one run allocates and the heap's peak over the runs.
 */
final class BootstrapBenchmark {

    static final int RESAMPLES = 10_000;
    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 31;

    private BootstrapBenchmark() {
    }

    static IndependentGroups fortySubjects() {
        Random random = new Random(20240517L);
        double[] svf = new double[20], conventional = new double[20];
        for (int i = 0; i < 20; i++) {
            svf[i] = 60 + 10 * random.nextGaussian();
            conventional[i] = 45 + 10 * random.nextGaussian();
        }
        return IndependentGroups.of("Fat volume retention (%)", "Month 6", Group.ofValues("SVF-AFG", svf),
                Group.ofValues("AFG", conventional));
    }

    static void run(HeapUse heap) {
        IndependentGroups input = fortySubjects();
        BootstrapMeanDifference bootstrap = new BootstrapMeanDifference();
        BootstrapSettings settings = new BootstrapSettings(RESAMPLES, 0.95, 20260101L);
        long first = System.nanoTime();
        AnalysisResult result = bootstrap.run(input, settings, AnalysisProgress.none());
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            bootstrap.run(input, settings, AnalysisProgress.none());
        }
        long baseline = heap.reset();
        List<Double> times = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long bytes = HeapUse.allocatedByThisThread();
            long start = System.nanoTime();
            result = bootstrap.run(input, settings, AnalysisProgress.none());
            times.add((System.nanoTime() - start) / 1e6);
            allocated += HeapUse.allocatedByThisThread() - bytes;
        }
        long peak = heap.peak();
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        ResultTable interval = result.requireTable("bootstrap");
        System.out.printf("bootstrap (%s), %,d resamples of 40 subjects in 2 arms:%n", BootstrapMeanDifference.ID,
                RESAMPLES);
        System.out.printf("  first run (cold JIT) %.1f ms; after %d warm-up runs, median of %d: %.2f ms"
                + " (min %.2f, max %.2f), %.0f ns per resample%n", firstMs, WARM_UP_RUNS, MEASURED_RUNS,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1],
                sorted[sorted.length / 2] * 1e6 / RESAMPLES);
        System.out.printf("  allocated per run %s; peak heap over the runs %s (baseline after GC %s)%n",
                HeapUse.mb(allocated / MEASURED_RUNS), HeapUse.mb(peak), HeapUse.mb(baseline));
        System.out.printf("  result: difference %.3f, 95%% CI %.3f to %.3f%n", interval.number(0, "difference"),
                interval.number(0, "lower"), interval.number(0, "upper"));
        if (!Arrays.stream(sorted).allMatch(t -> t > 0)) throw new IllegalStateException("no time measured");
    }
}
