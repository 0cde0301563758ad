package org.stroma.randomization.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Masking;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.randomization.Allocation;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.Envelope;
import org.stroma.randomization.Factor;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.MinimizationDecision;
import org.stroma.randomization.MinimizationRandomizer;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.study.AllocationLogEntry;
import org.stroma.randomization.study.Randomized;
import org.stroma.randomization.study.SealedListText;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.randomization.study.StudySchemes;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.AllocationRefusedException;
import org.stroma.security.RandomizationAccess;
import org.stroma.security.StudyAccess;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.AllocationRecord;
import org.stroma.store.AuditEntry;
import org.stroma.store.ChangeContext;
import org.stroma.store.RandomizationRecords;
import org.stroma.store.StudyStore;

/**
 * The study desk on the demo database, as the trial team uses it: the statistician plans, the
 * coordinator randomizes new subjects one at a time from the sealed list (each allocation the next
 * unused entry of the subject's stratum), minimization decisions can be replayed from the log,
 * emergency envelopes are reconciled once with the arm inside, and refusals store nothing.
 */
@ExtendWith(ServiceExtension.class)
class StudyRandomizationTest {

    private static final String RCT = "SSC-HAND-RCT";
    private static final String FACE = "LOS-FACE";

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    Path temp;

    private DemoWorkspace demo;

    @BeforeEach
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    /** The stored list of {@code purpose}, read back by the statistician. */
    private AllocationListRecord list(String studyId, String purpose) {
        return demo.desk("statistician").readLists(studyId).stream().filter(l -> l.purpose().equals(purpose))
                .findFirst().orElseThrow();
    }

    private static String armName(Study design, String code) {
        return design.getArms().stream().filter(a -> a.getCode().equals(code)).map(Arm::getName).findFirst()
                .orElseThrow();
    }

    @Test
    void eachSubjectGetsTheNextUnusedEntryOfItsStratumInTheListThePlanGenerates() {
        Map<String, String> sites = new LinkedHashMap<>();
        sites.put("RCT-N1", "IT01");
        sites.put("RCT-N2", "IT02");
        sites.put("RCT-N3", "IT01");
        sites.put("RCT-N4", "IT01");
        sites.put("RCT-N5", "IT02");
        sites.forEach((id, site) -> demo.enrol(RCT, id, site, Sex.FEMALE));

        StudyRandomization statistician = demo.desk("statistician");
        Study design = statistician.design(RCT);
        RandomizationScheme scheme = RandomizationScheme.stratifiedBlocks(StudySchemes.arms(design), List.of(1, 2),
                List.of(StudySchemes.factor(design, Factor.SITE, 1.0, List.of())), 20);
        RandomizationAccess.ListSummary planned = statistician.plan(RCT, scheme, "");

        StudyRandomization coordinator = demo.desk("coordinator");
        Map<String, Randomized> made = new LinkedHashMap<>();
        sites.keySet().forEach(id -> made.put(id, coordinator.randomize(RCT, id)));

        AllocationListRecord stored = list(RCT, RandomizationAccess.MAIN_LIST);
        assertEquals(planned.listId(), stored.listId());
        SealedListText.Content content = SealedListText.read(stored.content());
        assertEquals(scheme, content.plan().scheme(), "the plan records the scheme asked for");
        assertEquals(AllocationList.generate(content.plan()).entries(), content.entries(),
                "the stored entries are exactly what the recorded plan generates");
        assertFalse(planned.description().contains(content.plan().seed().hex()), "the description names no seed");
        assertEquals(List.of("site=IT01", "site=IT02"), content.entries().stream().map(ListEntry::stratumKey)
                .distinct().toList());

        Map<String, Integer> usedInStratum = new HashMap<>();
        for (Map.Entry<String, Randomized> allocation : made.entrySet()) {
            String stratum = "site=" + sites.get(allocation.getKey());
            int position = usedInStratum.merge(stratum, 1, Integer::sum);
            ListEntry expected = content.entries().stream().filter(e -> e.stratumKey().equals(stratum))
                    .filter(e -> e.sequence() == position).findFirst().orElseThrow();
            Randomized randomized = allocation.getValue();
            assertFalse(randomized.blinded(), "the coordinator is not blinded in an open-label study");
            assertEquals(expected.armId(), randomized.armCode(), allocation.getKey());
            assertEquals(armName(design, expected.armId()), randomized.armLabel());
            assertEquals(stratum, randomized.allocation().stratum());
            assertEquals(position, randomized.allocation().sequence());
            assertEquals("list", randomized.allocation().source());
            assertEquals(planned.listId(), randomized.allocation().listId());
            Subject subject = demo.stored(RCT, allocation.getKey());
            assertEquals(expected.armId(), subject.getAllocatedArm().getCode());
            assertEquals(SubjectState.ALLOCATED, subject.getEvents().get(subject.getEvents().size() - 1).getState());
        }
        assertEquals(List.copyOf(sites.keySet()), demo.desk("statistician").log(RCT).stream()
                .map(AllocationLogEntry::subject).toList(), "the log lists the allocations in order");
    }

    @Test
    void aSubjectIsRandomizedOnceAndTheSecondAttemptIsRefusedAndAudited() {
        demo.enrol(RCT, "RCT-N1", "IT01", Sex.MALE);
        Randomized first = demo.desk("coordinator").randomize(RCT, "RCT-N1");

        AllocationRefusedException again = assertThrows(AllocationRefusedException.class,
                () -> demo.desk("investigator").randomize(RCT, "RCT-N1"));
        assertTrue(again.getMessage().endsWith("by coordinator; an allocation is final"), again.getMessage());
        List<AllocationRecord> allocations = demo.studies("statistician").randomization().allocations(RCT);
        assertEquals(List.of("RCT-N1 " + first.allocation().armId() + " coordinator"), allocations.stream()
                .map(a -> a.subjectId() + " " + a.armId() + " " + a.randomizedBy()).toList(), "one allocation");
        assertEquals(first.armCode(), demo.stored(RCT, "RCT-N1").getAllocatedArm().getCode(), "the arm is unchanged");
        List<AuditEntry> rows = demo.database.auditTrail("RCT-N1");
        assertTrue(rows.stream().anyMatch(r -> r.action().equals(RandomizationRecords.RANDOMIZE_REFUSED)
                && r.user().equals("investigator")), rows.toString());
    }

    @Test
    void aScreenedSubjectIsRefusedWithTheReasonAndNothingIsStored() {
        demo.add(RCT, "RCT-S1", "IT01", Sex.FEMALE, DemoWorkspace.Progress.SCREENED);
        AllocationRefusedException refused = assertThrows(AllocationRefusedException.class,
                () -> demo.desk("coordinator").randomize(RCT, "SCR-RCT-S1"));
        assertEquals("SCR-RCT-S1 is screened; only an enrolled subject (eligible, or with an approved override) is "
                + "randomized", refused.getMessage());

        Subject subject = demo.stored(RCT, "RCT-S1");
        assertNull(subject.getAllocatedArm());
        assertTrue(subject.getEvents().isEmpty(), "no ALLOCATED step");
        assertEquals(List.of(), demo.studies("statistician").randomization().allocations(RCT));
        assertTrue(demo.database.auditTrail("RCT-S1").stream().anyMatch(r -> r.action()
                .equals(RandomizationRecords.RANDOMIZE_REFUSED) && r.newValue().equals(refused.getMessage())));
    }

    @Test
    void aSubjectWithoutConsentIsRefused() {
        demo.add(RCT, "RCT-C1", "IT02", Sex.FEMALE, DemoWorkspace.Progress.ENROLLED_WITHOUT_CONSENT);
        AllocationRefusedException refused = assertThrows(AllocationRefusedException.class,
                () -> demo.desk("coordinator").randomize(RCT, "RCT-C1"));
        assertTrue(refused.getMessage().startsWith("RCT-C1 has no signed informed consent in force on "),
                refused.getMessage());
        assertNull(demo.stored(RCT, "RCT-C1").getAllocatedArm());
        assertEquals(List.of(), demo.studies("statistician").randomization().allocations(RCT));
    }

    @Test
    void minimizationDecisionsAreReproducedByReplayingTheLog() {
        record Enrolled(String id, String site, Sex sex) {
        }
        List<Enrolled> subjects = List.of(new Enrolled("RCT-M1", "IT01", Sex.FEMALE),
                new Enrolled("RCT-M2", "IT01", Sex.FEMALE), new Enrolled("RCT-M3", "IT02", Sex.MALE),
                new Enrolled("RCT-M4", "IT01", Sex.MALE), new Enrolled("RCT-M5", "IT02", Sex.FEMALE),
                new Enrolled("RCT-M6", "IT02", Sex.FEMALE), new Enrolled("RCT-M7", "IT01", Sex.FEMALE),
                new Enrolled("RCT-M8", "IT02", Sex.MALE));
        subjects.forEach(s -> demo.enrol(RCT, s.id(), s.site(), s.sex()));
        StudyRandomization statistician = demo.desk("statistician");
        Study design = statistician.design(RCT);
        RandomizationScheme scheme = RandomizationScheme.minimization(StudySchemes.arms(design),
                List.of(StudySchemes.factor(design, Factor.SITE, 1.0, List.of()),
                        StudySchemes.factor(design, "sex", 2.0, List.of())), 0.8, 20);
        statistician.plan(RCT, scheme, "minimization instead of the demo's blocks");

        StudyRandomization coordinator = demo.desk("coordinator");
        Map<String, String> arms = new HashMap<>();
        subjects.forEach(s -> arms.put(s.id(), coordinator.randomize(RCT, s.id()).armCode()));

        RandomizationPlan plan = demo.desk("statistician").mainPlan(RCT).orElseThrow();
        assertEquals(scheme, plan.scheme());
        List<AllocationLogEntry> log = demo.desk("statistician").log(RCT);
        assertEquals(subjects.stream().map(Enrolled::id).toList(), log.stream().map(AllocationLogEntry::subject)
                .toList());
        MinimizationRandomizer replay = new MinimizationRandomizer(plan);
        List<Allocation> previous = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            Enrolled subject = subjects.get(i);
            Map<String, String> levels = Map.of(Factor.SITE, subject.site(), "sex", subject.sex().getLiteral());
            MinimizationDecision decision = replay.allocate(previous, levels);
            AllocationLogEntry entry = log.get(i);
            assertEquals(decision.armId(), entry.arm(), "decision " + (i + 1) + " for " + subject.id());
            assertEquals(arms.get(subject.id()), entry.arm(), "what the coordinator was told");
            assertTrue(entry.detail().startsWith("stratum all, number " + (i + 1) + "; imbalance if allocated to "),
                    entry.detail());
            previous.add(new Allocation(levels, entry.arm()));
        }
    }

    @Test
    void emergencyEnvelopesAreReconciledOnceEachWithTheArmInside() {
        demo.enrol(RCT, "RCT-E1", "IT01", Sex.FEMALE);
        demo.enrol(RCT, "RCT-E2", "IT01", Sex.MALE);
        demo.enrol(RCT, "RCT-E3", "IT02", Sex.FEMALE);
        List<Envelope> envelopes = demo.desk("statistician").planEmergencyEnvelopes(RCT, "IT01", 3, "");
        assertTrue(envelopes.size() >= 3 && envelopes.size() % 2 == 0, "whole blocks of a 1:1 ratio: " + envelopes);
        for (int i = 0; i < envelopes.size(); i++) {
            assertEquals(new Envelope("IT01", i + 1, envelopes.get(i).armId()), envelopes.get(i));
        }
        assertEquals(envelopes, SealedListText.read(list(RCT, RandomizationAccess.EMERGENCY_LIST + "IT01").content())
                .envelopes(), "the envelopes printed are the ones stored");

        StudyRandomization coordinator = demo.desk("coordinator");
        String first = envelopes.get(0).armId();
        Randomized reconciled = coordinator.reconcileEnvelope(RCT, "RCT-E1", "IT01", 1, first);
        assertEquals(first, reconciled.armCode());
        assertEquals("emergency", reconciled.allocation().source());
        assertEquals(1, reconciled.allocation().sequence());
        assertEquals(first, demo.stored(RCT, "RCT-E1").getAllocatedArm().getCode());

        String second = envelopes.get(1).armId();
        String otherArm = StudySchemes.arms(demo.desk("statistician").design(RCT)).stream()
                .map(a -> a.armId()).filter(code -> !code.equals(second)).findFirst().orElseThrow();
        AllocationRefusedException wrongArm = assertThrows(AllocationRefusedException.class,
                () -> coordinator.reconcileEnvelope(RCT, "RCT-E2", "IT01", 2, otherArm));
        assertTrue(wrongArm.getMessage().contains("does not hold arm " + otherArm), wrongArm.getMessage());
        assertFalse(wrongArm.getMessage().contains(second), "the refusal does not reveal the envelope's arm");
        assertNull(demo.stored(RCT, "RCT-E2").getAllocatedArm(), "nothing stored");

        AllocationRefusedException reused = assertThrows(AllocationRefusedException.class,
                () -> coordinator.reconcileEnvelope(RCT, "RCT-E2", "IT01", 1, first));
        assertTrue(reused.getMessage().contains("emergency envelope 1 of site IT01 was reconciled already"),
                reused.getMessage());
        AllocationRefusedException otherSite = assertThrows(AllocationRefusedException.class,
                () -> coordinator.reconcileEnvelope(RCT, "RCT-E3", "IT01", 2, second));
        assertTrue(otherSite.getMessage().contains("is of site IT02, not of site IT01"), otherSite.getMessage());
        assertNull(demo.stored(RCT, "RCT-E3").getAllocatedArm());

        assertEquals(second, coordinator.reconcileEnvelope(RCT, "RCT-E2", "IT01", 2, second).armCode());
        List<AllocationLogEntry> log = demo.desk("statistician").log(RCT);
        assertEquals(List.of("RCT-E1 " + first, "RCT-E2 " + second), log.stream()
                .filter(e -> e.event().equals("allocated (emergency envelope)")).map(e -> e.subject() + " " + e.arm())
                .toList());
    }

    @Test
    void aBlindedCoordinatorIsNotToldTheArmAndTheLogShowsAnEmergencyUnblinding() {
        Study study = demo.database.loadStudy(FACE).orElseThrow();
        study.setMasking(Masking.DOUBLE_BLIND);
        demo.database.saveStudy(study, new ChangeContext("investigator", "double-blind from now on"));
        demo.enrol(FACE, "FACE-N1", "SH01", Sex.FEMALE);
        demo.enrol(FACE, "FACE-N2", "SH01", Sex.FEMALE);
        SealedListText.Content list = SealedListText.read(list(FACE, RandomizationAccess.MAIN_LIST).content());

        StudyRandomization coordinator = demo.desk("coordinator");
        Randomized n1 = coordinator.randomize(FACE, "FACE-N1");
        Randomized n2 = coordinator.randomize(FACE, "FACE-N2");
        for (Randomized blinded : List.of(n1, n2)) {
            assertTrue(blinded.blinded());
            assertEquals("", blinded.armCode());
            assertEquals("(blinded)", blinded.armLabel());
        }
        List<String> expected = list.entries().stream().filter(e -> e.stratumKey().equals("site=SH01"))
                .limit(2).map(ListEntry::armId).toList();
        assertEquals(expected, List.of(demo.stored(FACE, "FACE-N1").getAllocatedArm().getCode(),
                demo.stored(FACE, "FACE-N2").getAllocatedArm().getCode()), "allocated all the same, from the list");

        StudyAccess investigator = demo.studies("investigator");
        Study seen = investigator.loadStudy(FACE).orElseThrow();
        investigator.oversight().unblind(seen, "FACE-N1", "serious adverse event, treatment decision");

        List<AllocationLogEntry> log = demo.desk("statistician").log(FACE);
        assertEquals(List.of("allocated FACE-N1 " + expected.get(0) + " coordinator",
                "allocated FACE-N2 " + expected.get(1) + " coordinator", "unblinded FACE-N1  investigator"),
                log.stream().map(e -> e.event() + " " + e.subject() + " " + e.arm() + " " + e.by()).toList());
        assertEquals("serious adverse event, treatment decision", log.get(2).detail());
    }

    @Test
    void theBlindedAssessorCannotRandomizeNorAnyoneButTheStatisticianPlan() {
        demo.enrol(FACE, "FACE-N1", "SH01", Sex.FEMALE);
        AccessDeniedException assessor = assertThrows(AccessDeniedException.class,
                () -> demo.desk("assessor").randomize(FACE, "FACE-N1"));
        assertEquals("assessor (Blinded outcome assessor) may not randomize subjects", assessor.getMessage());
        assertNull(demo.stored(FACE, "FACE-N1").getAllocatedArm());

        StudyRandomization coordinator = demo.desk("coordinator");
        Study design = demo.desk("statistician").design(FACE);
        RandomizationScheme scheme = RandomizationScheme.blocks(StudySchemes.arms(design), List.of(1), 18);
        assertThrows(AccessDeniedException.class, () -> coordinator.plan(FACE, scheme, ""));
        assertThrows(AccessDeniedException.class, () -> coordinator.log(FACE));
        assertThrows(AccessDeniedException.class, () -> coordinator.readLists(FACE));
        assertThrows(AccessDeniedException.class, () -> coordinator.planEmergencyEnvelopes(FACE, "SH01", 3, ""));
    }
}
