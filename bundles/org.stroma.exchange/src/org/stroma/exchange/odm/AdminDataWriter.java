package org.stroma.exchange.odm;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyPackage.Literals;
import org.stroma.store.AuditEntry;

/**
 * Writes ODM AdminData: a User for everyone who appears in the audit trail, a Location for each
 * site, and the study database as the location where the audit trail was recorded.
 */
final class AdminDataWriter {

    private AdminDataWriter() {
    }

    /**
     * @param effective the day the metadata version took effect: the day of the first audit row
     */
    static void write(XmlOut xml, Study study, List<AuditEntry> trail, LocalDate effective) {
        String mdv = OdmNames.metaDataVersion(study.getProtocolVersion());
        xml.start("AdminData").attribute("StudyOID", study.getId());
        for (String user : users(trail)) {
            xml.start("User").attribute("OID", OdmNames.user(user));
            xml.element("LoginName", user);
            xml.end();
        }
        for (Site site : study.getSites()) {
            xml.start("Location").attribute("OID", OdmNames.site(site.getId()))
                    .attribute("Name", MetaDataWriter.nonEmpty(site.getName(), MetaDataWriter.nonEmpty(site.getCode(),
                            site.getId())))
                    .attribute("LocationType", "Site");
            DesignExtension.attributes(xml, site, Set.of(Literals.IDENTIFIED__ID), OdmNames.STROMA_PREFIX + ":");
            metaDataVersionRef(xml, study.getId(), mdv, effective);
            xml.end();
        }
        if (!trail.isEmpty()) {
            xml.start("Location").attribute("OID", OdmNames.DATABASE_LOCATION)
                    .attribute("Name", "Stroma Workbench study database").attribute("LocationType", "Other");
            metaDataVersionRef(xml, study.getId(), mdv, effective);
            xml.end();
        }
        xml.end();
    }

    /** The day the study's audit trail starts, in UTC. */
    static LocalDate firstDay(List<AuditEntry> trail, LocalDate otherwise) {
        return trail.isEmpty() ? otherwise : LocalDate.ofInstant(trail.get(0).recordedAt(), ZoneOffset.UTC);
    }

    private static Set<String> users(List<AuditEntry> trail) {
        Set<String> users = new LinkedHashSet<>();
        trail.forEach(entry -> users.add(entry.user()));
        return users;
    }

    private static void metaDataVersionRef(XmlOut xml, String studyOid, String mdv, LocalDate effective) {
        xml.start("MetaDataVersionRef").attribute("StudyOID", studyOid).attribute("MetaDataVersionOID", mdv)
                .attribute("EffectiveDate", effective.toString()).end();
    }
}
