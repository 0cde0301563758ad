package org.stroma.reporting.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stroma.demo.DemoDatabase;
import org.stroma.model.study.Identified;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.security.AccessControl;
import org.stroma.security.StudyAccess;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudySummary;
import org.stroma.store.internal.DerbyStudyStore;

/**
 * Time and peak heap of every report for every demo study, then of Table 1 and the outcomes
 * report for a study of many subjects (the demo SSC-HAND-RCT's subjects copied under new ids).
 * Prints figures; asserts nothing.
 */
public final class ReportBenchmark {

    public static void main(String[] args) throws Exception {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Path.of(args.length > 1 ? args[1] : Files.createTempDirectory("stroma-report-bench").toString());
        AccessControl control = new AccessControl();
        java.sql.Driver driver = (java.sql.Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver")
                .getDeclaredConstructor().newInstance();
        try (StudyDatabase database = new DerbyStudyStore(driver).open(work.resolve("demo"), DemoDatabase.key())) {
            DemoDatabase.fill(database, control);
            StudyAccess access = control.studies(database,
                    control.signIn(database, "statistician", DemoDatabase.PASSWORD.toCharArray()));
            BirtReportService service = new BirtReportService();
            long started = System.nanoTime();
            service.activate();
            System.out.printf("BIRT engine start: %.0f ms%n", (System.nanoTime() - started) / 1e6);
            for (StudySummary summary : database.studies()) {
                Study study = access.loadStudy(summary.id()).orElseThrow();
                for (ReportDefinition report : BuiltInReports.ALL) {
                    measure(summary.id() + " " + report.name(), () -> service
                            .prepare(access, study, report, parameters(report, study))
                            .writeTo(work.resolve(summary.id() + "-" + report.name() + ".pdf"), ReportOutput.PDF));
                }
            }
            Study large = scaled(access.loadStudy("SSC-HAND-RCT").orElseThrow(), subjects);
            for (String name : List.of("baseline", "outcomes")) {
                ReportDefinition report = service.find(name).orElseThrow();
                measure(subjects + " subjects " + name + " (data only)", () -> report.collect(
                        new org.stroma.reporting.api.ReportRequest(access, large, Map.of())));
                measure(subjects + " subjects " + name + " (data and PDF)", () -> service
                        .prepare(access, large, report, Map.of()).writeTo(work.resolve("large-" + name + ".pdf"),
                                ReportOutput.PDF));
            }
            service.deactivate();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void measure(String what, Work work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        double ms = (System.nanoTime() - start) / 1e6;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("%-55s %9.0f ms   peak heap %7.1f MB%n", what, ms, peak / 1048576.0);
    }

    private static Map<String, String> parameters(ReportDefinition report, Study study) {
        Subject subject = study.getSubjects().stream().filter(s -> !s.getProcedures().isEmpty()).findFirst()
                .orElse(study.getSubjects().get(0));
        Map<String, String> parameters = new java.util.HashMap<>();
        if (report.parameters().contains(ReportParameter.SUBJECT)) {
            parameters.put(ReportParameter.SUBJECT.key(), subject.getId());
        }
        if (report.parameters().contains(ReportParameter.PROCEDURE)) {
            Procedure procedure = subject.getProcedures().get(0);
            parameters.put(ReportParameter.PROCEDURE.key(), procedure.getId());
        }
        return parameters;
    }

    /** The study with its subjects copied (records under new ids) until it has {@code size} subjects. */
    private static Study scaled(Study study, int size) {
        List<Subject> originals = new ArrayList<>(study.getSubjects());
        int copy = 0;
        while (study.getSubjects().size() < size) {
            Subject subject = EcoreUtil.copy(originals.get(copy % originals.size()));
            String suffix = "-x" + copy++;
            subject.eAllContents().forEachRemaining(o -> {
                if (o instanceof Identified record) {
                    record.setId(record.getId() + suffix);
                }
            });
            subject.setId(subject.getId() + suffix);
            if (subject.getSubjectId() != null) {
                subject.setSubjectId(subject.getSubjectId() + suffix);
            }
            study.getSubjects().add(subject);
        }
        return study;
    }
}
