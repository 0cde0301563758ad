package org.stroma.reporting.data;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Identified;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;
import org.stroma.store.AuditEntry;

/**
 * One subject's casebook: every record of the subject as a form, the audit history of those
 * records, and their electronic signatures, as the user may see them (a blinded user's copy of
 * the study has no arm and no dose calculations).
 *
 * <p>Tables: {@code casebook_subject} (one row: subject, screening_id, site, sex, date_of_birth,
 * arm ("concealed" when blinded), state (the latest event), consent); {@code casebook_forms}
 * (form_order, form, visit, date, item, value: one row per field of each record; values such as
 * item and score values, flags and injection sites as lines of the record that holds them);
 * {@code casebook_audit} (form, at, user, action, field, old_value, new_value, reason);
 * {@code casebook_signatures} (signed_at, user, full_name, meaning, record).
 */
public final class CasebookData {

    private CasebookData() {
    }

    public static ReportData collect(ReportRequest request) {
        Study study = request.study();
        Subject subject = StudyRecords.subject(study, request.required(ReportParameter.SUBJECT));
        boolean blinded = request.access().isBlindedIn(study);
        ReportTable about = new ReportTable("casebook_subject", "subject", "screening_id", "site", "sex",
                "date_of_birth", "arm", "state", "consent");
        List<SubjectEvent> events = subject.getEvents();
        about.add(StudyRecords.label(subject), subject.getScreeningId(),
                subject.getSite() == null ? "" : RecordText.text(subject.getSite()),
                subject.getSex() == null ? "" : ReportFormat.words(subject.getSex().getLiteral()),
                subject.getDateOfBirth(),
                blinded ? "concealed" : subject.getAllocatedArm() == null ? "not allocated" : subject.getAllocatedArm().getName(),
                events.isEmpty() ? "" : ReportFormat.words(events.get(events.size() - 1).getState().getLiteral()),
                subject.getConsents().stream().map(CasebookData::consent).collect(Collectors.joining("; ")));
        ReportTable forms = new ReportTable("casebook_forms", "form_order", "form", "visit", "date", "item", "value");
        Map<String, String> formOf = new LinkedHashMap<>();
        int order = 0;
        for (EObject record : records(subject)) {
            String form = RecordText.title(record);
            String visit = RecordText.visit(record);
            Date date = RecordText.date(record);
            order++;
            if (record instanceof Identified identified) {
                formOf.put(identified.getId(), form);
            }
            for (RecordText.Field field : RecordText.fields(record)) {
                forms.add(order, form, visit, date, field.item(), field.value());
            }
        }
        Set<String> ids = StudyRecords.ids(subject);
        ReportTable audit = new ReportTable("casebook_audit", "form", "at", "user", "action", "field", "old_value",
                "new_value", "reason");
        for (AuditEntry e : request.access().auditTrail(study.getId(), study.getId())) {
            if (ids.contains(e.objectId())) {
                audit.add(formOf.getOrDefault(e.objectId(), e.type() + " " + e.objectId()), Date.from(e.recordedAt()),
                        e.user(), e.action(), e.field(), e.oldValue(), e.newValue(), e.reason());
            }
        }
        return new ReportData().add(about).add(forms).add(audit)
                .add(Signed.table("casebook_signatures", request, ids));
    }

    /** The subject's record, then every record it contains that is a form of its own. */
    private static List<EObject> records(Subject subject) {
        List<EObject> records = new java.util.ArrayList<>();
        records.add(subject);
        subject.eAllContents().forEachRemaining(o -> {
            if (!RecordText.inline(o)) {
                records.add(o);
            }
        });
        return records;
    }

    private static String consent(Consent consent) {
        return "version " + consent.getVersion() + (consent.isSigned() ? ", signed " : ", not signed ")
                + RecordText.text(consent.getDate())
                + (consent.getWithdrawnDate() == null ? "" : ", withdrawn " + RecordText.text(consent.getWithdrawnDate()));
    }
}
