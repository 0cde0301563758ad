package org.stroma.reporting.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.OutcomeKind;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.model.study.VisitDefinition;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;

/**
 * The CONSORT 2010 flow from the subjects' recorded events.
 *
 * <p>Tables:
 * <ul>
 * <li>{@code consort_enrolment} (one row): {@code assessed} (every subject screened),
 * {@code excluded} (subjects with an EXCLUDED event), {@code exclusion_reasons} (one line per
 * reason, "Declined to participate (n=2)"), {@code randomized} (subjects allocated an arm);
 * assessed = excluded + randomized + subjects still in screening or enrolled, not yet allocated.</li>
 * <li>{@code consort_arms} (one row per {@link ArmColumns} column): {@code arm_index},
 * {@code arm}, {@code allocated}; {@code received} (a TREATED event), {@code not_received} and
 * its {@code not_received_reasons} (the withdrawal reason of those withdrawn before treatment);
 * {@code lost} (LOST_TO_FOLLOW_UP) with {@code lost_reasons}; {@code discontinued} (WITHDRAWN
 * after treatment) with {@code discontinued_reasons}; {@code analysed}: allocated subjects with
 * a value of the primary outcome (the first PRIMARY outcome measure with an instrument score,
 * else the first outcome) at its time point, read as the analyses read it; the others are
 * {@code excluded_from_analysis} with the analyses' reason ({@code excluded_from_analysis_reasons}).</li>
 * </ul>
 */
public final class ConsortData {

    private ConsortData() {
    }

    public static ReportData collect(ReportRequest request) {
        Study study = request.study();
        ArmColumns columns = ArmColumns.of(request);
        Map<String, String> whyNotAnalysed = whyNotAnalysed(study);
        ReasonCounts exclusions = new ReasonCounts();
        int randomized = 0;
        List<Column> perArm = new ArrayList<>();
        for (int i = 0; i < columns.count(); i++) {
            perArm.add(new Column());
        }
        for (Subject subject : study.getSubjects()) {
            SubjectPath path = new SubjectPath(subject);
            if (path.reached(SubjectState.EXCLUDED)) {
                exclusions.add(path.reason(SubjectState.EXCLUDED));
            }
            if (!path.randomized()) {
                continue;
            }
            randomized++;
            int index = columns.indexOf(subject);
            if (index >= 0) {
                perArm.get(index).add(subject, path, whyNotAnalysed);
            }
        }
        ReportTable enrolment = new ReportTable("consort_enrolment", "assessed", "excluded", "exclusion_reasons",
                "randomized").add(study.getSubjects().size(), exclusions.total(), exclusions.lines(), randomized);
        ReportTable arms = new ReportTable("consort_arms", "arm_index", "arm", "allocated", "received", "not_received",
                "not_received_reasons", "lost", "lost_reasons", "discontinued", "discontinued_reasons", "analysed",
                "excluded_from_analysis", "excluded_from_analysis_reasons");
        for (int i = 0; i < columns.count(); i++) {
            Column c = perArm.get(i);
            arms.add(i, columns.label(i), c.allocated, c.received, c.notReceived.total(), c.notReceived.lines(),
                    c.lost.total(), c.lost.lines(), c.discontinued.total(), c.discontinued.lines(), c.analysed,
                    c.notAnalysed.total(), c.notAnalysed.lines());
        }
        return new ReportData().add(enrolment).add(arms);
    }

    /** Subject id to why it has no primary outcome value, for every enrolled subject without one. */
    private static Map<String, String> whyNotAnalysed(Study study) {
        Optional<StudyOutcome> primary = primary(study);
        if (primary.isEmpty() || primary.get().timePoint() == null) {
            return Map.of();
        }
        try {
            VisitDefinition at = primary.get().timePoint();
            return StudyInput.pairs(study, primary.get(), at, at, Map.of()).whyMissing();
        } catch (AnalysisInputException e) {
            return Map.of();
        }
    }

    static Optional<StudyOutcome> primary(Study study) {
        for (OutcomeMeasure measure : study.getOutcomeMeasures()) {
            if (measure.getKind() == OutcomeKind.PRIMARY && measure.getInstrumentId() != null
                    && measure.getScoreCode() != null) {
                return Optional.of(StudyOutcomes.outcome(study, measure.getCode()));
            }
        }
        List<StudyOutcome> all = StudyOutcomes.outcomes(study);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * "withdrawn: moved abroad" from "no mrss assessment at 6 months; withdrawn on 2024-05-02:
     * moved abroad": the drop-out when there is one, without its date, so that equal reasons count
     * together.
     */
    private static String summary(String why) {
        int dropout = why.lastIndexOf("; ");
        String reason = dropout >= 0 ? why.substring(dropout + 2) : why;
        return reason.replaceFirst(" on \\d{4}-\\d{2}-\\d{2}", "");
    }

    /** One arm's column of the flow. */
    private static final class Column {
        int allocated;
        int received;
        int analysed;
        final ReasonCounts notReceived = new ReasonCounts();
        final ReasonCounts lost = new ReasonCounts();
        final ReasonCounts discontinued = new ReasonCounts();
        final ReasonCounts notAnalysed = new ReasonCounts();

        void add(Subject subject, SubjectPath path, Map<String, String> whyNotAnalysed) {
            allocated++;
            boolean treated = path.reached(SubjectState.TREATED);
            if (treated) {
                received++;
            } else {
                notReceived.add(path.reached(SubjectState.WITHDRAWN) ? path.reason(SubjectState.WITHDRAWN)
                        : "not (yet) treated");
            }
            if (path.reached(SubjectState.LOST_TO_FOLLOW_UP)) {
                lost.add(path.reason(SubjectState.LOST_TO_FOLLOW_UP));
            }
            if (treated && path.reached(SubjectState.WITHDRAWN)) {
                discontinued.add(path.reason(SubjectState.WITHDRAWN));
            }
            String why = subject.getSubjectId() == null ? "not enrolled" : whyNotAnalysed.get(subject.getSubjectId());
            if (why == null) {
                analysed++;
            } else {
                notAnalysed.add(summary(why));
            }
        }
    }
}
