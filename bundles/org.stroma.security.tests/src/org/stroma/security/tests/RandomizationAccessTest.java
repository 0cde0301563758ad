package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.AllocationRefusedException;
import org.stroma.security.Allocator;
import org.stroma.security.RandomizationAccess;
import org.stroma.store.AllocationRecord;
import org.stroma.store.AuditEntry;
import org.stroma.store.ChangeContext;
import org.stroma.store.RandomizationRecords;
import org.stroma.store.StudyStore;

/**
 * Concealment by role: only the statistician and the administrator create and read lists and the
 * allocation log; investigators and coordinators randomize one subject at a time, once; every
 * refusal is in the audit trail.
 */
@ExtendWith(ServiceExtension.class)
class RandomizationAccessTest {

    private static final String STUDY = "SSC-HAND-RCT";
    private static final String NEW_SUBJECT = "RCT-NEW-1";

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    Path temp;

    private DemoWorkspace demo;
    private String armB;

    /** An allocator that takes the arm written in the list's content, as the test planned it. */
    private static final Allocator FROM_CONTENT = request -> new Allocator.Decision(
            request.list().content().strip(), "all", request.earlier().size() + 1, "list", "test allocation");

    @BeforeEach
    void openDemoWithAnEnrolledSubject() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
        armB = demo.database.loadStudy(STUDY).orElseThrow().getArms().get(1).getId();
        enrolNew(STUDY, NEW_SUBJECT);
    }

    /** Adds an enrolled subject with consent, not yet allocated, to a demo study. */
    private void enrolNew(String studyId, String id) {
        Study study = demo.database.loadStudy(studyId).orElseThrow();
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        subject.setId(id);
        subject.setScreeningId("SCR-" + id);
        subject.setSubjectId(id);
        subject.setSite(study.getSites().get(0));
        Consent consent = StudyFactory.eINSTANCE.createConsent();
        consent.setId(id + "-consent");
        consent.setSigned(true);
        consent.setDate(new Date());
        subject.getConsents().add(consent);
        SubjectEvent enrolled = StudyFactory.eINSTANCE.createSubjectEvent();
        enrolled.setId(id + "-enrolled");
        enrolled.setState(SubjectState.ENROLLED);
        enrolled.setDate(new Date());
        subject.getEvents().add(enrolled);
        study.getSubjects().add(subject);
        demo.database.saveRecords(study, List.of(subject), ChangeContext.firstEntry("coordinator"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private RandomizationAccess as(String user) {
        return demo.studies(user).randomization();
    }

    @ParameterizedTest
    @ValueSource(strings = { "statistician", "admin" })
    void theStatisticianAndTheAdministratorCreateAndReadLists(String user) {
        assertEquals(1, as(user).listSummaries(STUDY).size(), "the demo's list, which nobody was allocated from");
        as(user).saveList(STUDY, RandomizationAccess.MAIN_LIST, "test list", armB, "");
        assertEquals(1, as(user).readLists(STUDY).size(), "the demo's list was replaced");
        assertEquals(armB, as(user).readLists(STUDY).get(0).content());
        assertEquals(List.of(), as(user).allocations(STUDY));
        List<AuditEntry> trail = demo.database.auditTrail(STUDY);
        assertTrue(trail.stream().anyMatch(r -> r.action().equals(RandomizationRecords.LIST_READ)
                && r.user().equals(user)), "reading a list is audited");
    }

    @ParameterizedTest
    @ValueSource(strings = { "investigator", "coordinator", "assessor", "monitor" })
    void otherRolesNeitherCreateNorReadListsNorTheLog(String user) {
        as("statistician").saveList(STUDY, RandomizationAccess.MAIN_LIST, "test list", armB, "");
        RandomizationAccess access = as(user);
        assertThrows(AccessDeniedException.class, () -> access.readLists(STUDY));
        assertThrows(AccessDeniedException.class, () -> access.allocations(STUDY));
        assertThrows(AccessDeniedException.class, () -> access.unblindings(STUDY));
        assertThrows(AccessDeniedException.class,
                () -> access.saveList(STUDY, RandomizationAccess.MAIN_LIST, "mine", armB, ""));
        assertEquals("test list", access.listSummaries(STUDY).get(0).description(),
                "that a list exists, and what kind, is not concealed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "statistician", "admin", "assessor", "monitor" })
    void onlyInvestigatorsAndCoordinatorsRandomize(String user) {
        as("statistician").saveList(STUDY, RandomizationAccess.MAIN_LIST, "test list", armB, "");
        assertThrows(AccessDeniedException.class,
                () -> as(user).randomize(STUDY, NEW_SUBJECT, RandomizationAccess.MAIN_LIST, FROM_CONTENT));
        assertNull(demo.database.loadStudy(STUDY).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(NEW_SUBJECT)).findFirst().orElseThrow().getAllocatedArm());
    }

    @Test
    void aSubjectIsRandomizedOnceAndTheSecondAttemptIsRefusedAndAudited() {
        as("statistician").saveList(STUDY, RandomizationAccess.MAIN_LIST, "test list", armB, "");
        AllocationRecord made = as("coordinator").randomize(STUDY, NEW_SUBJECT, RandomizationAccess.MAIN_LIST,
                FROM_CONTENT);
        assertEquals(armB, made.armId());
        Subject stored = demo.database.loadStudy(STUDY).orElseThrow().getSubjects().stream()
                .filter(s -> s.getId().equals(NEW_SUBJECT)).findFirst().orElseThrow();
        assertEquals(armB, stored.getAllocatedArm().getId());
        assertEquals(SubjectState.ALLOCATED, stored.getEvents().get(stored.getEvents().size() - 1).getState());
        assertEquals(List.of(NEW_SUBJECT), as("statistician").allocations(STUDY).stream()
                .map(AllocationRecord::subjectId).toList());

        AllocationRefusedException again = assertThrows(AllocationRefusedException.class,
                () -> as("investigator").randomize(STUDY, NEW_SUBJECT, RandomizationAccess.MAIN_LIST, FROM_CONTENT));
        assertTrue(again.getMessage().contains("by coordinator; an allocation is final"), again.getMessage());
        List<AuditEntry> rows = demo.database.auditTrail(NEW_SUBJECT);
        assertTrue(rows.stream().anyMatch(r -> r.action().equals(RandomizationRecords.RANDOMIZE_REFUSED)
                && r.user().equals("investigator") && r.newValue().contains("allocation is final")), rows.toString());
        assertEquals(1, rows.stream().filter(r -> r.action().equals(RandomizationRecords.RANDOMIZE)).count());
    }

    @Test
    void whatTheAllocatorRefusesIsAuditedAndAllocatesNothing() {
        as("statistician").saveList(STUDY, RandomizationAccess.MAIN_LIST, "test list", armB, "");
        AllocationRefusedException refused = assertThrows(AllocationRefusedException.class,
                () -> as("coordinator").randomize(STUDY, NEW_SUBJECT, RandomizationAccess.MAIN_LIST, request -> {
                    throw new AllocationRefusedException(request.subject().getId() + " has no consent in force");
                }));
        assertEquals(NEW_SUBJECT + " has no consent in force", refused.getMessage());
        assertTrue(demo.database.auditTrail(NEW_SUBJECT).stream().anyMatch(
                r -> r.action().equals(RandomizationRecords.RANDOMIZE_REFUSED) && r.user().equals("coordinator")));
        assertEquals(List.of(), as("statistician").allocations(STUDY));
    }

    @Test
    void withoutAListNobodyIsRandomized() {
        String singleArm = "SSC-HAND-SVF";
        assertEquals(List.of(), as("coordinator").listSummaries(singleArm), "the demo plans no list for one arm");
        enrolNew(singleArm, "SVF-NEW-1");
        AllocationRefusedException refused = assertThrows(AllocationRefusedException.class,
                () -> as("coordinator").randomize(singleArm, "SVF-NEW-1", RandomizationAccess.MAIN_LIST, FROM_CONTENT));
        assertTrue(refused.getMessage().contains("has no main allocation list"), refused.getMessage());
    }

    @Test
    void aDemoSubjectAllocatedBeforeIsNotRandomizedAgain() {
        as("statistician").saveList(STUDY, RandomizationAccess.MAIN_LIST, "test list", armB, "");
        Subject allocated = demo.database.loadStudy(STUDY).orElseThrow().getSubjects().stream()
                .filter(s -> s.getAllocatedArm() != null).findFirst().orElseThrow();
        AllocationRefusedException refused = assertThrows(AllocationRefusedException.class, () -> as("coordinator")
                .randomize(STUDY, allocated.getId(), RandomizationAccess.MAIN_LIST, FROM_CONTENT));
        assertTrue(refused.getMessage().contains("has an allocated arm already"), refused.getMessage());
    }
}
