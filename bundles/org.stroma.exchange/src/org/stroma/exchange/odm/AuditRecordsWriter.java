package org.stroma.exchange.odm;

import java.util.List;

import org.stroma.store.AuditEntry;

/**
 * Writes the study's audit trail as ODM AuditRecords, oldest first: who (UserRef), where (the
 * study database), when (DateTimeStamp, UTC), why (ReasonForChange) and which record
 * (SourceID, the record's id), with what changed in {@code stroma:Change}: the action, the
 * record type, the field and the values before and after.
 */
final class AuditRecordsWriter {

    private AuditRecordsWriter() {
    }

    static void write(XmlOut xml, List<AuditEntry> trail) {
        if (trail.isEmpty()) {
            return;
        }
        xml.start("AuditRecords");
        int number = 1;
        for (AuditEntry entry : trail) {
            xml.start("AuditRecord").attribute("ID", "AR." + number++);
            xml.start("UserRef").attribute("UserOID", OdmNames.user(entry.user())).end();
            xml.start("LocationRef").attribute("LocationOID", OdmNames.DATABASE_LOCATION).end();
            xml.element("DateTimeStamp", entry.recordedAt().toString());
            if (entry.reason() != null && !entry.reason().isEmpty()) {
                xml.element("ReasonForChange", entry.reason());
            }
            xml.element("SourceID", entry.objectId());
            xml.start(DesignExtension.qualified("Change")).attribute("Action", entry.action())
                    .attribute("RecordType", entry.type()).attribute("Field", entry.field())
                    .attribute("OldValue", entry.oldValue()).attribute("NewValue", entry.newValue()).end();
            xml.end();
        }
        xml.end();
    }
}
