package org.stroma.exchange.odm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stroma.store.AuditEntry;

/** Reads ODM AuditRecords written by {@link AuditRecordsWriter} back into audit trail entries. */
final class AuditReader {

    private AuditReader() {
    }

    static List<AuditEntry> read(XmlElement clinical, XmlElement admin, String studyId) {
        Map<String, String> users = new HashMap<>();
        if (admin != null) {
            for (XmlElement user : admin.children("User")) {
                String login = user.childText("LoginName");
                users.put(user.attribute("OID"), login != null ? login : user.attribute("OID"));
            }
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (XmlElement records : clinical.children("AuditRecords")) {
            for (XmlElement record : records.children("AuditRecord")) {
                String userOid = record.child("UserRef").attribute("UserOID");
                String user = users.get(userOid);
                if (user == null || user.isBlank()) {
                    throw record.problem("audit record by " + userOid + ", who is not among the file's users");
                }
                Instant at;
                try {
                    at = ValueText.parseInstant(record.childText("DateTimeStamp").strip());
                } catch (IllegalArgumentException e) {
                    throw record.child("DateTimeStamp").problem("DateTimeStamp: " + e.getMessage());
                }
                String objectId = record.childText("SourceID");
                XmlElement change = record.stromaChild("Change");
                if (objectId == null || objectId.isBlank() || change == null) {
                    throw record.problem("audit record " + record.attribute("ID")
                            + " needs the record's id as SourceID and a stroma:Change saying what changed");
                }
                String reason = record.childText("ReasonForChange");
                entries.add(new AuditEntry(entries.size() + 1, at, user, change.attribute("Action"), studyId,
                        objectId.strip(), change.attribute("RecordType"), change.attribute("Field"),
                        change.attribute("OldValue"), change.attribute("NewValue"), reason == null ? "" : reason));
            }
        }
        return entries;
    }
}
