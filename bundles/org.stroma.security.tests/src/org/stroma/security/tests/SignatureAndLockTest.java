package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.demo.DemoDatabase;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.ItemValue;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.SignatureMeaning;
import org.stroma.security.Signatures;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.store.ElectronicSignature;
import org.stroma.store.StoreException;
import org.stroma.store.StudyStore;

/** Signatures bound to the signed version, and locks that stop changes until unlocked with a reason. */
@ExtendWith(ServiceExtension.class)
class SignatureAndLockTest {

    private static final String STUDY = "SSC-HAND-SVF";
    private static final char[] PASSWORD = DemoDatabase.PASSWORD.toCharArray();

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    Path temp;

    private DemoWorkspace demo;
    private StudyAccess investigator;
    private Study study;
    private Assessment form;

    @BeforeEach
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
        investigator = demo.studies("investigator");
        study = investigator.loadStudy(STUDY).orElseThrow();
        Subject subject = study.getSubjects().stream().filter(s -> !s.getAssessments().isEmpty()).findFirst()
                .orElseThrow();
        form = subject.getAssessments().get(0);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aSignatureRecordsNameTimeAndMeaningAndTurnsInvalidWhenTheFormChanges() {
        Instant before = Instant.now();
        ElectronicSignature signed = investigator.signatures().signRecord(STUDY, form.getId(),
                SignatureMeaning.APPROVAL, PASSWORD);
        assertEquals("Dr. Lin Wei", signed.printedName());
        assertEquals("APPROVAL", signed.meaning());
        assertFalse(signed.signedAt().isBefore(before.minus(Duration.ofSeconds(1))));
        List<Signatures.Status> valid = investigator.signatures().ofRecord(STUDY, form.getId());
        assertEquals(1, valid.size());
        assertTrue(valid.get(0).valid());

        ItemValue item = form.getItemValues().get(0);
        item.setValue(item.getValue().equals("1") ? "2" : "1");
        investigator.saveRecords(study, List.of(item), "transcription error");

        Signatures.Status after = investigator.signatures().ofRecord(STUDY, form.getId()).get(0);
        assertFalse(after.valid(), "the signed version is no longer the stored one");
        assertTrue(after.describe().contains("INVALID"), after.describe());
        AuditEntry row = demo.database.auditTrail(form.getId()).stream().filter(e -> e.action().equals("SIGN"))
                .findFirst().orElseThrow();
        assertEquals("investigator", row.user());
        assertEquals("APPROVAL", row.field());
    }

    @Test
    void signingAsksForThePasswordAgainAndChecksTheMeaning() {
        assertThrows(AccessDeniedException.class, () -> investigator.signatures().signRecord(STUDY, form.getId(),
                SignatureMeaning.AUTHORSHIP, "Not-my-password-1".toCharArray()));
        StudyAccess coordinator = demo.studies("coordinator");
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> coordinator.signatures()
                .signRecord(STUDY, form.getId(), SignatureMeaning.APPROVAL, PASSWORD));
        assertEquals("coordinator (Study coordinator) may not sign as approver", refused.getMessage());
        assertTrue(investigator.signatures().ofRecord(STUDY, form.getId()).isEmpty(), "no signature was stored");
    }

    @Test
    void aVisitSignatureCoversEveryFormOfThatVisit() {
        Subject subject = (Subject) form.eContainer();
        String visit = form.getVisit().getId();
        investigator.signatures().signVisit(STUDY, subject.getId(), visit, SignatureMeaning.REVIEW, PASSWORD);
        assertTrue(investigator.signatures().ofVisit(STUDY, subject.getId(), visit).get(0).valid());
        Assessment sameVisit = subject.getAssessments().stream().filter(a -> a.getVisit() == form.getVisit())
                .reduce((a, b) -> b).orElseThrow();
        sameVisit.setAssessor("re-checked");
        investigator.saveRecords(study, List.of(sameVisit), "assessor added");
        assertFalse(investigator.signatures().ofVisit(STUDY, subject.getId(), visit).get(0).valid());
    }

    @Test
    void aLockedFormCannotChangeUntilUnlockedWithAReason() {
        StudyAccess monitor = demo.studies("monitor");
        monitor.oversight().lock(STUDY, form.getId());
        assertEquals("monitor", monitor.oversight().locks(STUDY).get(form.getId()).lockedBy());

        ItemValue item = form.getItemValues().get(0);
        String stored = item.getValue();
        item.setValue(stored.equals("1") ? "2" : "1");
        StoreException refused = assertThrows(StoreException.class,
                () -> investigator.saveRecords(study, List.of(item), "correction"));
        assertTrue(refused.getMessage().contains(form.getId() + " is locked by monitor"), refused.getMessage());
        Study reread = investigator.loadStudy(STUDY).orElseThrow();
        assertEquals(stored, findForm(reread)
                .getItemValues().get(0).getValue(), "nothing saved");

        assertThrows(IllegalArgumentException.class, () -> monitor.oversight().unlock(STUDY, form.getId(), " "));
        monitor.oversight().unlock(STUDY, form.getId(), "query answered, correction allowed");
        investigator.saveRecords(study, List.of(item), "correction");
        List<AuditEntry> rows = demo.database.auditTrail(form.getId());
        assertTrue(rows.stream().anyMatch(e -> e.action().equals("LOCK") && e.user().equals("monitor")));
        assertTrue(rows.stream().anyMatch(e -> e.action().equals("UNLOCK")
                && e.reason().equals("query answered, correction allowed")));
    }

    private Assessment findForm(Study in) {
        return in.getSubjects().stream().flatMap(s -> s.getAssessments().stream())
                .filter(a -> a.getId().equals(form.getId())).findFirst().orElseThrow();
    }
}
