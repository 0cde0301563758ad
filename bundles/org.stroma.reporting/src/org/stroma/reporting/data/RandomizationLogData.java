package org.stroma.reporting.data;

import java.util.Date;

import org.stroma.randomization.study.AllocationLogEntry;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;
import org.stroma.security.RandomizationAccess;

/**
 * The randomization log, read from the randomization desk as the user may (only the unblinded
 * statistician and the administrator may read it; others get the desk's refusal).
 *
 * <p>Tables: {@code randomization_lists} (list_id, purpose, description, created_at, created_by:
 * the lists' clear descriptions, never their content); {@code allocations} (sequence, at,
 * subject, arm, by, detail: every allocation, oldest first, numbered from 1);
 * {@code unblindings} (at, subject, user, reason: every emergency unblinding).
 */
public final class RandomizationLogData {

    private RandomizationLogData() {
    }

    public static ReportData collect(ReportRequest request) {
        String studyId = request.study().getId();
        StudyRandomization desk = new StudyRandomization(request.access());
        ReportTable lists = new ReportTable("randomization_lists", "list_id", "purpose", "description", "created_at",
                "created_by");
        for (RandomizationAccess.ListSummary list : desk.lists(studyId)) {
            lists.add(list.listId(), list.purpose(), list.description(), Date.from(list.createdAt()), list.createdBy());
        }
        ReportTable allocations = new ReportTable("allocations", "sequence", "at", "subject", "arm", "by", "detail");
        ReportTable unblindings = new ReportTable("unblindings", "at", "subject", "user", "reason");
        for (AllocationLogEntry entry : desk.log(studyId)) {
            if ("unblinded".equals(entry.event())) {
                unblindings.add(Date.from(entry.at()), entry.subject(), entry.by(), entry.detail());
            } else {
                allocations.add(allocations.size() + 1, Date.from(entry.at()), entry.subject(), entry.arm(), entry.by(),
                        entry.event() + (entry.detail() == null || entry.detail().isBlank() ? "" : "; " + entry.detail()));
            }
        }
        return new ReportData().add(lists).add(allocations).add(unblindings);
    }
}
