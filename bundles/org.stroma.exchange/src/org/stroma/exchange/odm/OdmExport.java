package org.stroma.exchange.odm;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;

/**
 * Writes one study as a CDISC ODM 1.3.2 snapshot: its metadata (visits as study events,
 * instruments as forms with typed, range-checked and coded items), AdminData (users of the audit
 * trail, sites), its clinical data and its audit trail. What ODM has no place for, the design
 * (arms, interventions, eligibility criteria, registrations, masking, synthetic marker) and each
 * subject's arm, is written in the Stroma extension namespace {@code http://stroma.org/odm/1.0}, which
 * {@link OdmSchemas} validates along with ODM itself.
 *
 * <p>The file depends only on the study, its audit trail and the installed instruments, and on
 * the creation time given: the same study exported at the same instant gives the same bytes.
 *
 * @since 0.1
 */
@Component(service = OdmExport.class)
public final class OdmExport {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final InstrumentRegistry instruments;

    @Activate
    public OdmExport(@Reference InstrumentRegistry instruments) {
        this.instruments = instruments;
    }

    /**
     * Writes the study as last saved, with its whole audit trail, created now.
     *
     * @throws IllegalArgumentException when the database holds no study with this id
     */
    public void write(StudyDatabase database, String studyId, OutputStream out) {
        Study study = database.loadStudy(studyId)
                .orElseThrow(() -> new IllegalArgumentException("no study " + studyId + " in " + database.folder()));
        write(study, database.auditTrail(studyId), Instant.now(), out);
    }

    /**
     * Writes the study and its audit trail (oldest first) to {@code out}, which is flushed and
     * left open.
     *
     * @param createdAt the file's creation time, which also names the file (its FileOID)
     * @throws IllegalArgumentException when the study cannot be written as it is, e.g. a record
     *         without an id or a text with a control character XML cannot carry
     */
    public void write(Study study, List<AuditEntry> auditTrail, Instant createdAt, OutputStream out) {
        List<InstrumentForm> forms = InstrumentForm.of(study, instruments);
        boolean unscheduled = study.getSubjects().stream().flatMap(s -> s.getAssessments().stream())
                .anyMatch(a -> a.getVisit() == null);
        LocalDate effective = AdminDataWriter.firstDay(auditTrail, LocalDate.ofInstant(createdAt, ZoneOffset.UTC));
        XmlOut xml = new XmlOut(out);
        xml.start("ODM").attribute("xmlns", OdmNames.ODM)
                .attribute("xmlns:" + OdmNames.STROMA_PREFIX, OdmNames.STROMA)
                .attribute("Description", "Study " + study.getId()
                        + ": design, clinical data and audit trail from Stroma Workbench")
                .attribute("FileType", "Snapshot").attribute("Granularity", "All")
                .attribute("FileOID", "ODM." + study.getId() + "." + FILE_TIME.format(createdAt))
                .attribute("CreationDateTime", createdAt.toString())
                .attribute("AsOfDateTime", auditTrail.isEmpty() ? null
                        : auditTrail.get(auditTrail.size() - 1).recordedAt().toString())
                .attribute("ODMVersion", "1.3.2").attribute("Originator", "Stroma Workbench")
                .attribute("SourceSystem", "Stroma Workbench");
        new MetaDataWriter(xml, study, forms, unscheduled).write();
        AdminDataWriter.write(xml, study, auditTrail, effective);
        ClinicalDataWriter clinical = new ClinicalDataWriter(xml, study);
        clinical.cellProductsWithoutDonor();
        xml.start("ClinicalData").attribute("StudyOID", study.getId())
                .attribute("MetaDataVersionOID", OdmNames.metaDataVersion(study.getProtocolVersion()));
        for (Subject subject : study.getSubjects()) {
            clinical.subject(subject);
        }
        AuditRecordsWriter.write(xml, auditTrail);
        xml.end();
        xml.end();
        xml.finish();
    }
}
