package org.stroma.security;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.security.internal.SiteScope;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.AllocationRecord;
import org.stroma.store.RandomizationRecords;
import org.stroma.store.StudyDatabase;
import org.stroma.store.Unblinding;

/**
 * Allocation lists and randomization as one signed-in user may use them. Only the statistician
 * and the administrator create lists and read them, the allocation log and its unblinding
 * events; investigators and coordinators randomize one subject at a time and learn only that
 * subject's allocation (and not even that where they are blinded). Every refusal to randomize is
 * in the audit trail.
 *
 * @since 0.1
 */
public final class RandomizationAccess {

    /** The purpose of a study's main list. */
    public static final String MAIN_LIST = "main";
    /** The purpose prefix of a site's emergency list: {@code emergency:<site id>}. */
    public static final String EMERGENCY_LIST = "emergency:";

    private final StudyDatabase database;
    private final UserSession session;

    RandomizationAccess(StudyDatabase database, UserSession session) {
        this.database = database;
        this.session = session;
    }

    private RandomizationRecords records() {
        return database.randomization();
    }

    /** What a list is, in words, without its content. */
    public record ListSummary(String listId, String purpose, String description, String createdBy,
            Instant createdAt) {
    }

    /**
     * Stores a list sealed, replacing the list of the same purpose while nobody has been
     * allocated from it. Audited with {@code description}, never the content.
     */
    public ListSummary saveList(String studyId, String purpose, String description, String content, String reason) {
        session.require(Permission.PLAN_RANDOMIZATION);
        requireStudy(studyId);
        AllocationListRecord list = new AllocationListRecord(studyId, "L-" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase(), purpose, description, content, session.userName(), Instant.now());
        records().saveList(list, session.change(reason));
        return summary(list);
    }

    /**
     * The study's design without its subjects and cell products: what planning a list needs
     * (arms, their weights, sites), also for the administrator, who sees no subject data.
     */
    public Study design(String studyId) {
        session.require(Permission.PLAN_RANDOMIZATION);
        Study study = requireStudy(studyId);
        study.getSubjects().clear();
        study.getCellProducts().clear();
        return study;
    }

    /** The study's lists with their content; reading them is audited. */
    public List<AllocationListRecord> readLists(String studyId) {
        session.require(Permission.PLAN_RANDOMIZATION);
        List<AllocationListRecord> lists = records().lists(studyId);
        database.access().recordEvent(RandomizationRecords.LIST_READ, studyId, studyId,
                lists.size() + " list(s) read", session.change(""));
        return lists;
    }

    /** Which lists the study has, in words: anyone who may read the study may know that. */
    public List<ListSummary> listSummaries(String studyId) {
        if (!session.can(Permission.PLAN_RANDOMIZATION) && !session.can(Permission.RANDOMIZE_SUBJECTS)) {
            session.require(Permission.VIEW_STUDY_DATA);
        }
        return records().lists(studyId).stream().map(RandomizationAccess::summary).toList();
    }

    /** The allocation log: every allocation made, in order. */
    public List<AllocationRecord> allocations(String studyId) {
        session.require(Permission.PLAN_RANDOMIZATION);
        return records().allocations(studyId);
    }

    /** The emergency unblinding events of the study, for the allocation log. */
    public List<Unblinding> unblindings(String studyId) {
        session.require(Permission.PLAN_RANDOMIZATION);
        return database.access().unblindings(studyId);
    }

    /**
     * Randomizes one subject from the study's list of {@code purpose}: the allocator decides, the
     * subject gets the arm and an ALLOCATED step, and both are stored with the allocation in one
     * transaction. A refusal (the subject randomized before, not of the user's sites, no list,
     * or what the allocator refuses) is audited and thrown; nothing is allocated then.
     *
     * @return the allocation; show its arm only where {@link UserSession#isBlindedIn} is false
     */
    public AllocationRecord randomize(String studyId, String subjectId, String purpose, Allocator allocator) {
        session.require(Permission.RANDOMIZE_SUBJECTS);
        Study study = requireStudy(studyId);
        Subject subject = study.getSubjects().stream()
                .filter(s -> subjectId.equals(s.getSubjectId()) || subjectId.equals(s.getScreeningId())
                        || subjectId.equals(s.getId()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("study " + studyId
                        + " has no subject " + subjectId));
        if (!SiteScope.sees(session.account(), subject)) {
            throw new AccessDeniedException(session + " may randomize subjects of sites " + session.sites() + " only");
        }
        try {
            Optional<AllocationRecord> earlier = records().allocation(studyId, subject.getId());
            if (earlier.isPresent()) {
                throw new AllocationRefusedException(subjectId + " was randomized on " + earlier.get().randomizedAt()
                        + " by " + earlier.get().randomizedBy() + "; an allocation is final");
            }
            if (subject.getAllocatedArm() != null) {
                throw new AllocationRefusedException(subjectId + " has an allocated arm already; an allocation is final");
            }
            AllocationListRecord list = records().list(studyId, purpose).orElseThrow(() -> new AllocationRefusedException(
                    "study " + studyId + " has no " + purpose + " allocation list: the statistician plans one first"));
            Allocator.Decision decision = allocator.allocate(
                    new Allocator.Request(study, subject, list, records().allocations(studyId)));
            Arm arm = study.getArms().stream().filter(a -> a.getId().equals(decision.armId())).findFirst()
                    .orElseThrow(() -> new AllocationRefusedException("the list names arm " + decision.armId()
                            + ", which study " + studyId + " does not have"));
            Instant now = Instant.now();
            subject.setAllocatedArm(arm);
            SubjectEvent allocated = StudyFactory.eINSTANCE.createSubjectEvent();
            allocated.setId(subject.getId() + "-ALLOCATED"); // a subject is allocated once
            allocated.setState(SubjectState.ALLOCATED);
            allocated.setDate(Date.from(LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC)
                    .toInstant()));
            allocated.setReason("randomized (" + decision.source() + ")");
            subject.getEvents().add(allocated);
            AllocationRecord allocation = new AllocationRecord(studyId, subject.getId(), list.listId(),
                    decision.stratum(), decision.sequence(), arm.getId(), decision.source(), decision.detail(),
                    session.userName(), now);
            records().allocate(allocation, study, List.of(subject), session.change("randomization"));
            return allocation;
        } catch (AllocationRefusedException e) {
            database.access().recordEvent(RandomizationRecords.RANDOMIZE_REFUSED, studyId, subject.getId(),
                    e.getMessage(), session.change(""));
            throw e;
        }
    }

    private Study requireStudy(String studyId) {
        return database.loadStudy(studyId).orElseThrow(() -> new IllegalArgumentException("no study " + studyId));
    }

    private static ListSummary summary(AllocationListRecord list) {
        return new ListSummary(list.listId(), list.purpose(), list.description(), list.createdBy(), list.createdAt());
    }
}
