package org.stroma.analysis.bench;

/**
 * {@code ./bench analysis}: figures of the analysis engine on a plain class path (no OSGi), as a
 * run in the workbench or {@code stroma analyze} computes them: the example plugin's bootstrap
 * and the studentized range distribution behind Tukey's HSD. Prints figures; asserts nothing.
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("machine: %d cores, Java %s, max heap %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), HeapUse.mb(Runtime.getRuntime().maxMemory()));
        HeapUse heap = new HeapUse();
        BootstrapBenchmark.run(heap);
        StudentizedRangeBenchmark.run();
    }
}
