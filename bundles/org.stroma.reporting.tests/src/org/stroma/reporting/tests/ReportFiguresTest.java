package org.stroma.reporting.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.AnalysisProgress;
import org.stroma.analysis.api.AnalysisRegistry;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Masking;
import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.reporting.ReportOutput;
import org.stroma.reporting.ReportService;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.StudyAccess;
import org.stroma.store.ChangeContext;
import org.stroma.store.StudyStore;

/**
 * The figures in the rendered PDFs against the study as stored and the analyses as registered:
 * CONSORT counts, Table 1 numbers and Tukey p-values, each computed here independently of the
 * reports' own code; and what a blinded user's reports leave out.
 */
@ExtendWith(ServiceExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @InjectService
    ReportService reports;

    @InjectService
    AnalysisRegistry analyses;

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

    private String render(StudyAccess access, String study, String report) throws IOException {
        Path pdf = Files.createTempFile(temp, study + "-" + report, ".pdf");
        reports.prepare(access, study, report, Map.of()).writeTo(pdf, ReportOutput.PDF);
        return PdfText.read(pdf).flat();
    }

    @Test
    void consortCountsAreTheSubjectsRecordedEvents() throws IOException {
        for (String id : List.of("LOS-FACE", "SSC-HAND-RCT")) {
            Study study = statistician.loadStudy(id).orElseThrow();
            int assessed = study.getSubjects().size();
            long excluded = study.getSubjects().stream()
                    .filter(s -> s.getEvents().stream().anyMatch(e -> e.getState() == SubjectState.EXCLUDED)).count();
            long randomized = study.getSubjects().stream().filter(s -> s.getAllocatedArm() != null).count();

            String text = render(statistician, id, "consort");

            assertThat(text).contains("Assessed for eligibility (n=" + assessed + ")")
                    .contains("Excluded (n=" + excluded + ")").contains("Randomized (n=" + randomized + ")");
            for (Arm arm : study.getArms()) {
                long allocated = study.getSubjects().stream().filter(s -> s.getAllocatedArm() == arm).count();
                long treated = study.getSubjects().stream().filter(s -> s.getAllocatedArm() == arm)
                        .filter(s -> s.getEvents().stream().anyMatch(e -> e.getState() == SubjectState.TREATED))
                        .count();
                assertThat(text).contains("Allocated to " + arm.getName() + " (n=" + allocated + ")")
                        .contains("Received allocated intervention (n=" + treated + ")");
            }
        }
    }

    @Test
    void tableOneGivesEachArmsMeanAndSdOfBmi() throws IOException {
        Study study = statistician.loadStudy("LOS-HAIR").orElseThrow();

        String text = render(statistician, "LOS-HAIR", "baseline");

        for (Arm arm : study.getArms()) {
            double sum = 0;
            double squares = 0;
            int n = 0;
            for (Subject subject : study.getSubjects()) {
                if (subject.getAllocatedArm() == arm && subject.isSetBmi()) {
                    sum += subject.getBmi();
                    squares += subject.getBmi() * subject.getBmi();
                    n++;
                }
            }
            double mean = sum / n;
            double sd = Math.sqrt((squares - n * mean * mean) / (n - 1));
            long inArm = study.getSubjects().stream().filter(s -> s.getAllocatedArm() == arm).count();
            assertThat(n).isGreaterThan(1);
            assertThat(text).contains(arm.getName() + " (n=" + inArm + ")")
                    .contains(String.format(Locale.ROOT, "%.1f ± %.1f", mean, sd));
        }
    }

    @Test
    void outcomesGiveTheRegisteredAnovasTukeyComparisons() throws IOException {
        Study study = statistician.loadStudy("LOS-FACE").orElseThrow();
        OutcomeMeasure primary = study.getOutcomeMeasures().stream().filter(m -> m.getKind() == OutcomeKind.PRIMARY)
                .findFirst().orElseThrow();
        StudyOutcome outcome = StudyOutcomes.outcome(study, primary.getCode());
        Analysis<?> anova = analyses.find("stroma.anova.one-way-tukey").orElseThrow();
        ResultTable tukey = anova.runWith(StudyInput.groups(study, outcome, primary.getTimePoint(), Map.of()).input(),
                anova.defaultSettings(), AnalysisProgress.none()).requireTable("tukey");

        String text = render(statistician, "LOS-FACE", "outcomes");

        assertThat(tukey.rowCount()).isEqualTo(3);
        for (int row = 0; row < tukey.rowCount(); row++) {
            double p = tukey.number(row, "p_adjusted");
            String printed = p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
            assertThat(text).contains(String.format(Locale.ROOT, "%.2f %.2f %.2f %s", tukey.number(row, "difference"),
                    tukey.number(row, "lower"), tukey.number(row, "upper"), printed));
        }
    }

    @Test
    void aBlindedUsersReportsShowNoArm() throws IOException {
        Study study = demo.database.loadStudy("LOS-FACE").orElseThrow();
        study.setMasking(Masking.DOUBLE_BLIND);
        demo.database.saveStudy(study, new ChangeContext("investigator", "double-blind for the blinded reports"));
        StudyAccess monitor = demo.studies("monitor");
        try {
            String consort = render(monitor, "LOS-FACE", "consort");
            String baseline = render(monitor, "LOS-FACE", "baseline");
            String outcomes = render(monitor, "LOS-FACE", "outcomes");

            for (Arm arm : study.getArms()) {
                assertThat(consort).doesNotContain(arm.getName());
                assertThat(baseline).doesNotContain(arm.getName());
                assertThat(outcomes).doesNotContain(arm.getName());
            }
            assertThat(consort).contains("All subjects (allocation concealed)");
            assertThat(outcomes).contains("without comparisons between arms").doesNotContain("One-way ANOVA");
            assertThatThrownBy(() -> reports.prepare(monitor, "LOS-FACE", "randomization-log", Map.of()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("blinded");
        } finally {
            study.setMasking(Masking.ASSESSOR_BLINDED);
            demo.database.saveStudy(study, new ChangeContext("investigator", "back to assessor-blinded"));
        }
    }
}
