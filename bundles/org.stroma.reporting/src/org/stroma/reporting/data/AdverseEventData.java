package org.stroma.reporting.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.Subject;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;

/**
 * Adverse events: a listing, and a summary by arm.
 *
 * <p>Tables: {@code ae_listing} (subject, arm ("concealed" for a blinded user), term, onset,
 * resolution (dates), grade (CTCAE), serious (Yes/No, as recorded), relatedness, outcome,
 * action); {@code arms} ({@link ArmColumns#table} over the randomized subjects); {@code ae_summary}
 * (category, arm1, arm2, arm3, total, events): for each category (any event, each CTCAE grade 1-5,
 * serious, each relatedness) "n (%)" = randomized subjects in the column with at least one such
 * event, percent of the column's subjects, and the number of such events of randomized subjects.
 */
public final class AdverseEventData {

    private AdverseEventData() {
    }

    public static ReportData collect(ReportRequest request) {
        ArmColumns columns = ArmColumns.of(request);
        ReportTable listing = new ReportTable("ae_listing", "subject", "arm", "term", "onset", "resolution", "grade",
                "serious", "relatedness", "outcome", "action");
        List<Subject> randomized = new ArrayList<>();
        for (Subject subject : request.study().getSubjects()) {
            if (new SubjectPath(subject).randomized() && columns.indexOf(subject) >= 0) {
                randomized.add(subject);
            }
            for (AdverseEvent event : subject.getAdverseEvents()) {
                listing.add(StudyRecords.label(subject), arm(subject, columns), event.getTerm(), event.getOnsetDate(),
                        event.getResolutionDate(), event.getCtcaeGrade(), event.isSerious() ? "Yes" : "No",
                        event.isSetRelatedness() ? ReportFormat.words(event.getRelatedness().getLiteral()) : "",
                        event.isSetOutcome() ? ReportFormat.words(event.getOutcome().getLiteral()) : "",
                        event.getActionTaken() == null ? "" : event.getActionTaken());
            }
        }
        Map<String, Predicate<AdverseEvent>> categories = new LinkedHashMap<>();
        categories.put("Any adverse event", e -> true);
        for (int grade = 1; grade <= 5; grade++) {
            int g = grade;
            categories.put("CTCAE grade " + grade, e -> e.getCtcaeGrade() == g);
        }
        categories.put("Serious adverse event", AdverseEvent::isSerious);
        for (Relatedness relatedness : Relatedness.VALUES) {
            categories.put("Relatedness: " + ReportFormat.words(relatedness.getLiteral()).toLowerCase(java.util.Locale.ROOT),
                    e -> e.isSetRelatedness() && e.getRelatedness() == relatedness);
        }
        ReportTable summary = new ReportTable("ae_summary", "category", "arm1", "arm2", "arm3", "total", "events");
        int[] inColumn = new int[columns.count()];
        randomized.forEach(s -> inColumn[columns.indexOf(s)]++);
        categories.forEach((category, matches) -> {
            int[] withEvent = new int[columns.count()];
            int events = 0;
            for (Subject subject : randomized) {
                long n = subject.getAdverseEvents().stream().filter(matches).count();
                events += n;
                if (n > 0) {
                    withEvent[columns.indexOf(subject)]++;
                }
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < inColumn.length; i++) {
                cells.add(ReportFormat.countPercent(withEvent[i], inColumn[i]));
            }
            Object[] row = new Object[6];
            row[0] = category;
            System.arraycopy(columns.cells(cells, ReportFormat.countPercent(java.util.Arrays.stream(withEvent).sum(),
                    randomized.size())), 0, row, 1, 4);
            row[5] = events;
            summary.add(row);
        });
        return new ReportData().add(listing).add(columns.table(randomized)).add(summary);
    }

    private static String arm(Subject subject, ArmColumns columns) {
        if (columns.blinded()) {
            return "concealed";
        }
        return subject.getAllocatedArm() == null ? "not allocated" : subject.getAllocatedArm().getName();
    }
}
