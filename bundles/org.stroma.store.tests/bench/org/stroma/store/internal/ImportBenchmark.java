package org.stroma.store.internal;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditVerification;
import org.stroma.store.ChangeContext;
import org.stroma.store.StudyDatabase;

/**
 * {@code ./bench import [SUBJECTS]}: imports a synthetic trial of SUBJECTS subjects x 6 visits x
 * 30 items through the store, once with the audit trail and once without, opens it again, saves
 * one corrected value and verifies the audit chain, printing the time and peak heap of each step.
 * Runs on a plain class path; it sits in the store's internal package because only code there can
 * open a database without audit.
 */
public final class ImportBenchmark {

    private static final ChangeContext IMPORT = ChangeContext.firstEntry("importer");
    private static final HeapPeak HEAP = new HeapPeak();

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("stroma-bench");
        Driver driver = (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver")
                .getDeclaredConstructor().newInstance();
        DerbyStudyStore store = new DerbyStudyStore(driver);
        System.out.printf("machine: %d cores, Java %s, max heap %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), gb(Runtime.getRuntime().maxMemory()));

        importInto(store, work.resolve("warm-up"), true, SyntheticTrial.build(Math.min(200, subjects)));
        Study study = SyntheticTrial.build(subjects);
        String values = String.format("%,d", (long) subjects * SyntheticTrial.VISITS * SyntheticTrial.ITEMS);
        System.out.printf("study in memory: %,d subjects x %d visits x %d items, heap %s%n", subjects,
                SyntheticTrial.VISITS, SyntheticTrial.ITEMS, gb(usedAfterGc()));

        Measured audited = Measured.of(() -> importInto(store, work.resolve("audited"), true, study));
        System.out.printf("import %s values with audit: %s, database %s%n", values, audited,
                gb(size(work.resolve("audited"))));
        Measured unaudited = Measured.of(() -> importInto(store, work.resolve("unaudited"), false, study));
        System.out.printf("import %s values without audit: %s, database %s%n", values, unaudited,
                gb(size(work.resolve("unaudited"))));
        System.out.printf("audit costs %.2fx (time with audit / without; CPU %.2fx)%n",
                audited.seconds() / unaudited.seconds(), audited.cpuSeconds() / unaudited.cpuSeconds());
        study.getSubjects().clear();

        try (StudyDatabase database = store.open(work.resolve("audited"), org.stroma.store.DatabaseKey.of("benchmark-key"))) {
            Study[] loaded = new Study[1];
            Measured load = Measured.of(() -> loaded[0] = database.loadStudy(SyntheticTrial.ID).orElseThrow());
            System.out.printf("open %s values (loadStudy): %s%n", values, load);

            List<Measured> edits = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                Subject subject = loaded[0].getSubjects().get(subjects * i / 6);
                ItemValue item = subject.getAssessments().get(i).getItemValues().get(7 * i % SyntheticTrial.ITEMS);
                item.setValue(item.getValue().equals("4") ? "3" : "4");
                edits.add(Measured.of(() -> database.saveRecords(loaded[0], List.of(item),
                        new ChangeContext("investigator", "corrected after source data verification"))));
            }
            edits.sort(Comparator.comparingDouble(Measured::seconds));
            System.out.printf("save one corrected value in one subject (saveRecords), median of 5: %s%n", edits.get(2));

            AuditVerification[] verification = new AuditVerification[1];
            Measured verify = Measured.of(() -> verification[0] = database.verifyAudit());
            System.out.printf("verify audit chain of %,d rows: %s%n", verification[0].entries(), verify);
            if (!verification[0].intact()) {
                throw new IllegalStateException(verification[0].message());
            }
        }
    }

    private static void importInto(DerbyStudyStore store, Path folder, boolean audited, Study study) {
        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("benchmark-key"), audited)) {
            database.saveRecords(study, study.eContents(), IMPORT);
        }
    }

    /** Wall and CPU time of one step, and the heap's peak during it. */
    record Measured(double seconds, double cpuSeconds, long peakHeap) {

        static Measured of(Runnable step) {
            HEAP.reset(usedAfterGc());
            long cpu = cpuNanos();
            long start = System.nanoTime();
            step.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            return new Measured(seconds, cpuSeconds, HEAP.peak());
        }

        @Override
        public String toString() {
            String time = seconds < 1 ? String.format("%.0f ms", seconds * 1000) : String.format("%.1f s", seconds);
            return String.format("%s (CPU %.1f s), peak heap %s", time, cpuSeconds, gb(peakHeap));
        }
    }

    /**
     * The heap's peak, from what each garbage collection reports it found: heap use only falls
     * at a collection, so its peak is what was used just before one, or at the end. (Summing
     * each pool's own peak would add peaks of different moments.)
     */
    private static final class HeapPeak implements NotificationListener {

        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final AtomicLong peak = new AtomicLong();

        HeapPeak() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(this, null, null);
            }
        }

        void reset(long used) {
            peak.set(used);
        }

        long peak() {
            return peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                        .getGcInfo();
                long before = info.getMemoryUsageBeforeGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                peak.accumulateAndGet(before, Math::max);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static String gb(long bytes) {
        return bytes >= 1L << 30 ? String.format("%.1f GB", bytes / (double) (1L << 30))
                : String.format("%d MB", bytes >> 20);
    }
}
