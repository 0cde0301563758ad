package org.stroma.exchange.tests;

import java.time.Instant;
import java.util.List;

import org.stroma.store.AuditEntry;

/** What an audit row says, without its position in one database's chain. */
record AuditFields(String user, Instant at, String action, String objectId, String type, String field,
        String oldValue, String newValue, String reason) {

    static AuditFields of(AuditEntry entry) {
        return new AuditFields(entry.user(), entry.recordedAt(), entry.action(), entry.objectId(), entry.type(),
                entry.field(), entry.oldValue(), entry.newValue(), entry.reason());
    }

    static List<AuditFields> of(List<AuditEntry> entries) {
        return entries.stream().map(AuditFields::of).toList();
    }
}
