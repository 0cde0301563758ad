package org.stroma.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.exchange.odm.ImportedStudy;
import org.stroma.exchange.odm.OdmExport;
import org.stroma.exchange.odm.OdmImport;
import org.stroma.exchange.odm.OdmSchemas;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.ChangeContext;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** Records and values the demo studies do not have survive export and import exactly. */
@ExtendWith(ServiceExtension.class)
class OdmEveryRecordTest {

    @InjectService
    StudyStore store;

    @InjectService
    OdmExport export;

    @InjectService
    OdmImport odmImport;

    @TempDir
    Path temp;

    @Test
    void everyKindOfRecordAndAwkwardValueComesBackExactly() {
        Study study = EveryKindOfRecord.build();
        byte[] xml = OdmFiles.export(export, study, List.of(), OdmFiles.CREATED);
        assertDoesNotThrow(() -> OdmSchemas.validate(xml, OdmSchemas.stromaOdm()));

        ImportedStudy read = odmImport.read(xml);
        assertTrue(EcoreUtil.equals(study, read.study()), () -> StudyDifference.first(study, read.study()));
        assertTrue(read.history().isEmpty());

        try (StudyDatabase database = store.open(temp.resolve("db"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            odmImport.importFile(OdmFiles.write(temp, "every-kind.xml", xml), database, "importer");
            Study stored = database.loadStudy(EveryKindOfRecord.ID).orElseThrow();
            assertTrue(EcoreUtil.equals(study, stored), () -> StudyDifference.first(study, stored));
        }
    }

    @Test
    void changesWithTheirOldValuesAndReasonsKeepTheirPlaceInTheAuditTrail() {
        try (StudyDatabase source = store.open(temp.resolve("source"), org.stroma.store.DatabaseKey.of("stroma-demo-key"));
                StudyDatabase target = store.open(temp.resolve("target"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            Study study = EveryKindOfRecord.build();
            source.saveStudy(study, ChangeContext.firstEntry("coordinator"));
            Subject subject = study.getSubjects().get(0);
            subject.getAdverseEvents().get(0).setCtcaeGrade(3);
            source.saveStudy(study, new ChangeContext("investigator", "graded again after review"));
            subject.getProtocolDeviations().clear();
            source.saveStudy(study, new ChangeContext("monitor", "entered for the wrong subject"));
            List<AuditEntry> trail = source.auditTrail(EveryKindOfRecord.ID);
            assertTrue(trail.stream().anyMatch(e -> e.action().equals("SET") && "2".equals(e.oldValue())
                    && "3".equals(e.newValue()) && e.reason().equals("graded again after review")));
            assertTrue(trail.stream().anyMatch(e -> e.action().equals("DELETE") && e.user().equals("monitor")));

            byte[] xml = OdmFiles.export(export, source.loadStudy(EveryKindOfRecord.ID).orElseThrow(), trail,
                    OdmFiles.CREATED);
            odmImport.importFile(OdmFiles.write(temp, "changed.xml", xml), target, "importer");

            List<AuditEntry> imported = target.auditTrail(EveryKindOfRecord.ID);
            assertEquals(AuditFields.of(trail), AuditFields.of(imported.subList(0, trail.size())));
            assertEquals(trail.size() + 1, imported.size());
            Study back = target.loadStudy(EveryKindOfRecord.ID).orElseThrow();
            assertEquals(3, back.getSubjects().get(0).getAdverseEvents().get(0).getCtcaeGrade());
            assertTrue(back.getSubjects().get(0).getProtocolDeviations().isEmpty());
            assertTrue(target.verifyAudit().intact(), target.verifyAudit().message());
        }
    }
}
