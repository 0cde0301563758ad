package org.stroma.reporting.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.reporting.ReportCanceledException;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.ReportRun;
import org.stroma.reporting.ReportService;
import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyStore;
import org.stroma.store.StudySummary;

/**
 * Every built-in report rendered from the demo database for every demo study, read back with
 * PDFBox: the page frame on every page, fonts embedded; and what surrounds a rendering: formats,
 * refusals, cancellation, the audit record.
 */
@ExtendWith(ServiceExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRenderingTest {

    private static final List<String> BUILT_IN = List.of("consort", "baseline", "outcomes", "adverse-events",
            "randomization-log", "audit-trail", "casebook", "dosing-sheet");

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @InjectService
    ReportService reports;

    @TempDir
    static Path temp;

    private ReportWorkspace demo;
    private StudyAccess statistician;

    @BeforeAll
    void openDemo() {
        demo = ReportWorkspace.create(store, control, temp.resolve("demo"));
        statistician = demo.studies("statistician");
    }

    @AfterAll
    void close() {
        demo.close();
    }

    @Test
    void theBuiltInReportsAreInstalledUnderTheirNames() {
        assertThat(reports.installed().stream().map(ReportDefinition::name).toList()).containsSubsequence(BUILT_IN);
        assertThat(reports.find("randomization-log").orElseThrow().unblindedOnly()).isTrue();
        assertThat(reports.find("casebook").orElseThrow().parameters()).containsExactly(ReportParameter.SUBJECT);
    }

    Stream<Arguments> everyReportOfEveryStudy() {
        List<Arguments> all = new ArrayList<>();
        for (StudySummary study : demo.database.studies()) {
            for (String report : BUILT_IN) {
                all.add(Arguments.of(study.id(), report));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} of {0}")
    @MethodSource("everyReportOfEveryStudy")
    void everyPageCarriesTheFrameAndTheFontsAreEmbedded(String studyId, String name) throws IOException {
        Study study = statistician.loadStudy(studyId).orElseThrow();
        ReportDefinition report = reports.find(name).orElseThrow();
        Path pdf = temp.resolve(studyId + "-" + name + ".pdf");

        reports.prepare(statistician, studyId, name, parametersFor(report, study)).writeTo(pdf, ReportOutput.PDF);

        PdfText text = PdfText.read(pdf);
        assertThat(text.pages()).isNotEmpty();
        for (int page = 0; page < text.pages().size(); page++) {
            String content = text.pages().get(page);
            assertThat(content).as("page %d", page + 1)
                    .contains(studyId)
                    .contains(report.title() + ", version " + report.version())
                    .containsPattern("Generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC by Priya Nair")
                    .containsPattern("Page\\s*" + (page + 1) + "\\s*of\\s*" + text.pages().size())
                    .contains("SYNTHETIC DATA");
        }
        assertThat(text.notEmbeddedFonts()).isEmpty();
        keepForReading(pdf);
    }

    /** A copy in target/reports, to look at the pages after the build. */
    private static void keepForReading(Path pdf) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        Files.copy(pdf, folder.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void consortCountsTheRandomizedSubjectsOfTheStudy() throws IOException {
        Study study = statistician.loadStudy("SSC-HAND-RCT").orElseThrow();
        long randomized = study.getSubjects().stream().filter(s -> s.getAllocatedArm() != null).count();
        Path pdf = temp.resolve("consort-count.pdf");

        reports.prepare(statistician, "SSC-HAND-RCT", "consort", Map.of()).writeTo(pdf, ReportOutput.PDF);

        assertThat(randomized).isPositive();
        assertThat(PdfText.read(pdf).flat()).contains("Randomized (n=" + randomized + ")");
    }

    @Test
    void htmlAndWordCarryTheSameContent() throws IOException {
        Path html = temp.resolve("consort.html");
        Path docx = temp.resolve("consort.docx");
        ReportRun run = reports.prepare(statistician, "SSC-HAND-RCT", "consort", Map.of());

        run.writeTo(html, ReportOutput.HTML);
        run.writeTo(docx, ReportOutput.DOCX);

        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("CONSORT 2010 Flow Diagram")
                .contains("Randomized (n=");
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            assertThat(zip.getEntry("word/document.xml")).isNotNull();
            StringBuilder parts = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                parts.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(parts.toString()).contains("CONSORT 2010 Flow Diagram").contains("Randomized (n=");
        }
    }

    @Test
    void generatingAReportIsRecordedInTheAuditTrail() throws IOException {
        Path pdf = temp.resolve("audited.pdf");

        reports.prepare(statistician, "SSC-HAND-RCT", "baseline", Map.of()).writeTo(pdf, ReportOutput.PDF);

        List<AuditEntry> trail = statistician.auditTrail("SSC-HAND-RCT", "SSC-HAND-RCT");
        assertThat(trail).anySatisfy(entry -> assertThat(entry.toString()).contains("baseline")
                .contains(pdf.toAbsolutePath().toString()));
    }

    @Test
    void aCanceledRenderingWritesNothing() {
        Path pdf = temp.resolve("canceled.pdf");
        ReportRun run = reports.prepare(statistician, "SSC-HAND-RCT", "outcomes", Map.of());

        run.cancel();

        assertThatThrownBy(() -> run.writeTo(pdf, ReportOutput.PDF)).isInstanceOf(ReportCanceledException.class);
        assertThat(pdf).doesNotExist();
        assertThat(temp).isDirectoryNotContaining("glob:**canceled.pdf*.part");
    }

    @Test
    void usersWhoMayNotGenerateReportsAreRefused() {
        StudyAccess assessor = demo.studies("assessor");

        assertThatThrownBy(() -> reports.prepare(assessor, "SSC-HAND-RCT", "consort", Map.of()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("assessor");
    }

    @Test
    void aReportThatNeedsASubjectSaysSo() {
        assertThatThrownBy(() -> reports.prepare(statistician, "SSC-HAND-RCT", "casebook", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--subject");
        assertThatThrownBy(() -> reports.prepare(statistician, "SSC-HAND-RCT", "casebook", Map.of("subject", "NOBODY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOBODY");
        assertThatThrownBy(() -> reports.prepare(statistician, "SSC-HAND-RCT", "no-such-report", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consort");
    }

    /** A subject with a procedure (preferring one with a saved dose calculation) for the reports that need one. */
    private static Map<String, String> parametersFor(ReportDefinition report, Study study) {
        Map<String, String> parameters = new HashMap<>();
        Subject subject = study.getSubjects().stream().filter(s -> !s.getProcedures().isEmpty())
                .max((a, b) -> Integer.compare(doses(a), doses(b)))
                .orElse(study.getSubjects().get(0));
        if (report.parameters().contains(ReportParameter.SUBJECT)) {
            parameters.put(ReportParameter.SUBJECT.key(), subject.getId());
        }
        if (report.parameters().contains(ReportParameter.PROCEDURE)) {
            Procedure procedure = subject.getProcedures().get(0);
            parameters.put(ReportParameter.PROCEDURE.key(), procedure.getId());
        }
        return parameters;
    }

    private static int doses(Subject subject) {
        return subject.getProcedures().stream().mapToInt(p -> p.getDoseCalculations().size()).sum();
    }
}
