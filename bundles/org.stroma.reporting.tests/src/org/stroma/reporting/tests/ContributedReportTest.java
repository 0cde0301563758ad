package org.stroma.reporting.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Subject;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.ReportService;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;
import org.stroma.security.AccessControl;
import org.stroma.security.StudyAccess;
import org.stroma.store.StudyStore;

/**
 * A plugin's report, registered as a service from another bundle with its own design, is
 * installed beside the built-in ones and rendered in the same page frame.
 */
@ExtendWith(ServiceExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContributedReportTest {

    /** A third party's report: subjects per site, its design in this bundle. */
    static class SubjectsPerSite implements ReportDefinition {
        @Override
        public String name() {
            return "subjects-per-site";
        }

        @Override
        public String title() {
            return "Subjects per Site";
        }

        @Override
        public String version() {
            return "2";
        }

        @Override
        public String description() {
            return "How many subjects each site has.";
        }

        @Override
        public InputStream openDesign() {
            return SubjectsPerSite.class.getResourceAsStream("/designs/subjects-per-site.rptdesign");
        }

        @Override
        public ReportData collect(ReportRequest request) {
            Map<String, Integer> counts = new TreeMap<>();
            for (Subject subject : request.study().getSubjects()) {
                counts.merge(subject.getSite().getCode(), 1, Integer::sum);
            }
            ReportTable sites = new ReportTable("sites", "site", "subjects");
            counts.forEach((site, n) -> sites.add("SITE " + site, n));
            return new ReportData().add(sites);
        }
    }

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @InjectService
    ReportService reports;

    @TempDir
    static Path temp;

    private ReportWorkspace demo;
    private ServiceRegistration<ReportDefinition> registration;

    @BeforeAll
    void register() {
        demo = ReportWorkspace.create(store, control, temp.resolve("demo"));
        registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(ReportDefinition.class,
                new SubjectsPerSite(), null);
    }

    @AfterAll
    void unregister() {
        registration.unregister();
        demo.close();
    }

    @Test
    void aContributedReportIsInstalledAndRenderedInThePageFrame() throws IOException {
        StudyAccess coordinator = demo.studies("coordinator");
        Map<String, Integer> expected = new TreeMap<>();
        for (Subject subject : coordinator.loadStudy("LOS-FACE").orElseThrow().getSubjects()) {
            expected.merge(subject.getSite().getCode(), 1, Integer::sum);
        }
        Path pdf = temp.resolve("sites.pdf");

        assertThat(reports.find("subjects-per-site")).isPresent();
        reports.prepare(coordinator, "LOS-FACE", "subjects-per-site", Map.of()).writeTo(pdf, ReportOutput.PDF);

        PdfText text = PdfText.read(pdf);
        assertThat(text.all()).contains("Subjects per Site, version 2").contains("by Sam Okafor");
        expected.forEach((site, n) -> assertThat(text.flat()).contains("SITE " + site + " " + n));
    }

    @Test
    void anUnregisteredReportIsGone() {
        ServiceRegistration<ReportDefinition> other = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(ReportDefinition.class, new SubjectsPerSite() {
                    @Override
                    public String name() {
                        return "short-lived";
                    }
                }, null);
        assertThat(reports.find("short-lived")).isPresent();

        other.unregister();

        assertThat(reports.find("short-lived")).isEmpty();
    }
}
