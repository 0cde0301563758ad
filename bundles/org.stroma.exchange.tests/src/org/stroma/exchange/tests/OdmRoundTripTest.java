package org.stroma.exchange.tests;

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
import org.stroma.demo.DemoDatabase;
import org.stroma.exchange.odm.OdmExport;
import org.stroma.exchange.odm.OdmImport;
import org.stroma.model.study.Study;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * Each demo study exported to ODM and imported into a fresh database comes back whole: the
 * study equal to the one the demo saved, field by field and in every list's order, and its audit
 * trail with every row's user, time, action, record, field, values and reason, followed by one
 * row recording the import. Exported again, it gives the same file.
 */
@ExtendWith(ServiceExtension.class)
class OdmRoundTripTest {

    @InjectService
    StudyStore store;

    @InjectService
    OdmExport export;

    @InjectService
    OdmImport odmImport;

    @TempDir
    Path temp;

    @Test
    void everyDemoStudyComesBackEqualWithItsAuditTrailAndExportsTheSameFileAgain() {
        try (StudyDatabase source = store.open(temp.resolve("source"), org.stroma.store.DatabaseKey.of("stroma-demo-key"));
                StudyDatabase target = store.open(temp.resolve("target"), org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            List<Study> demo = DemoDatabase.fill(source);
            assertEquals(4, demo.size());
            for (Study saved : demo) {
                String id = saved.getId();
                List<AuditEntry> trail = source.auditTrail(id);
                byte[] xml = OdmFiles.export(export, source.loadStudy(id).orElseThrow(), trail, OdmFiles.CREATED);
                Path file = OdmFiles.write(temp, id + ".xml", xml);

                assertEquals(id, odmImport.importFile(file, target, "data-manager"));

                Study imported = target.loadStudy(id).orElseThrow();
                assertTrue(EcoreUtil.equals(saved, imported), () -> id + " differs after export and import at "
                        + StudyDifference.first(saved, imported));
                List<AuditEntry> importedTrail = target.auditTrail(id);
                assertEquals(trail.size() + 1, importedTrail.size(), id + ": the history and one import row");
                assertEquals(AuditFields.of(trail), AuditFields.of(importedTrail.subList(0, trail.size())), id);
                AuditEntry importRow = importedTrail.get(trail.size());
                assertEquals("data-manager", importRow.user());
                assertEquals("IMPORT", importRow.action());
                assertEquals(id, importRow.objectId());
                assertEquals(file.toAbsolutePath().normalize().toString(), importRow.newValue());

                byte[] again = OdmFiles.export(export, imported, importedTrail.subList(0, trail.size()),
                        OdmFiles.CREATED.plusSeconds(86_400));
                assertEquals(OdmFiles.withoutCreationTime(xml), OdmFiles.withoutCreationTime(again),
                        id + " exported again");
            }
            assertTrue(target.verifyAudit().intact(), target.verifyAudit().message());
            assertEquals(source.studies(), target.studies(), "the study register lists the same studies");
        }
    }
}
