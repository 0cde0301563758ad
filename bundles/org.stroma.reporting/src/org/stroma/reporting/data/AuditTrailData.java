package org.stroma.reporting.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.stroma.model.study.Study;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;
import org.stroma.store.AuditEntry;

/**
 * The study's audit trail as the user may read it, optionally narrowed to one subject (the
 * subject's record and every record it contains), one user, and a range of days (UTC,
 * inclusive).
 *
 * <p>Tables: {@code audit_filter} (one row: subject, user, from, to, as given or "all"; rows);
 * {@code audit} (sequence, at, user, action, object ("Type id"), field, old_value, new_value,
 * reason), oldest first.
 */
public final class AuditTrailData {

    private AuditTrailData() {
    }

    public static ReportData collect(ReportRequest request) {
        Study study = request.study();
        Optional<String> subject = request.parameter(ReportParameter.SUBJECT);
        Optional<String> user = request.parameter(ReportParameter.USER);
        Optional<LocalDate> from = day(request, ReportParameter.FROM);
        Optional<LocalDate> to = day(request, ReportParameter.TO);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
        Optional<Set<String>> records = subject.map(id -> StudyRecords.ids(StudyRecords.subject(study, id)));
        Instant start = from.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.MIN);
        Instant end = to.map(d -> d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.MAX);
        Stream<AuditEntry> entries = request.access().auditTrail(study.getId(), study.getId()).stream()
                .filter(e -> records.isEmpty() || records.get().contains(e.objectId()))
                .filter(e -> user.isEmpty() || user.get().equals(e.user()))
                .filter(e -> !e.recordedAt().isBefore(start) && e.recordedAt().isBefore(end));
        List<AuditEntry> kept = entries.toList();
        ReportTable audit = new ReportTable("audit", "sequence", "at", "user", "action", "object", "field", "old_value",
                "new_value", "reason");
        for (AuditEntry e : kept) {
            audit.add(e.sequence(), Date.from(e.recordedAt()), e.user(), e.action(),
                    (e.type() == null ? "" : e.type() + " ") + e.objectId(), e.field(), e.oldValue(), e.newValue(),
                    e.reason());
        }
        ReportTable filter = new ReportTable("audit_filter", "subject", "user", "from", "to", "rows").add(
                subject.orElse("all"), user.orElse("all"), from.map(LocalDate::toString).orElse("all"),
                to.map(LocalDate::toString).orElse("all"), kept.size());
        return new ReportData().add(filter).add(audit);
    }

    private static Optional<LocalDate> day(ReportRequest request, ReportParameter parameter) {
        return request.parameter(parameter).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--" + parameter.key() + " '" + text
                        + "' is not a date; write it as yyyy-mm-dd, e.g. 2026-03-31");
            }
        });
    }
}
