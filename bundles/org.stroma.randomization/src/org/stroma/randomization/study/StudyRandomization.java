package org.stroma.randomization.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.randomization.AllocationList;
import org.stroma.randomization.Envelope;
import org.stroma.randomization.EmergencyEnvelopes;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationPlan;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.security.Permission;
import org.stroma.security.RandomizationAccess;
import org.stroma.security.StudyAccess;
import org.stroma.store.AllocationListRecord;
import org.stroma.store.AllocationRecord;
import org.stroma.store.Unblinding;

/**
 * A study's randomization as one signed-in user works with it: the statistician plans the main
 * list and the sites' emergency envelopes and reads the allocation log; investigators and
 * coordinators randomize enrolled subjects one at a time and reconcile envelopes opened offline.
 * The workbench and the command line both go through this.
 *
 * @since 0.1
 */
public final class StudyRandomization {

    private final StudyAccess access;

    public StudyRandomization(StudyAccess access) {
        this.access = access;
    }

    private RandomizationAccess records() {
        return access.randomization();
    }

    /** The study's design, for choosing a scheme (arms, weights, sites). */
    public Study design(String studyId) {
        return records().design(studyId);
    }

    /**
     * Generates the main list from {@code scheme} with a fresh seed drawn from the operating
     * system's CSPRNG, and stores it sealed (replacing a draft nobody was allocated from).
     */
    public RandomizationAccess.ListSummary plan(String studyId, RandomizationScheme scheme, String reason) {
        Study design = design(studyId);
        StudySchemes.requireFits(scheme, design);
        RandomizationPlan plan = RandomizationPlan.withFreshSeed(scheme);
        String content = scheme.method() == RandomizationMethod.MINIMIZATION
                ? SealedListText.of(plan, List.of())
                : SealedListText.of(plan, AllocationList.generate(plan).entries());
        return records().saveList(studyId, RandomizationAccess.MAIN_LIST, scheme.summary() + ", planned for "
                + scheme.listLength() + (scheme.method() == RandomizationMethod.STRATIFIED_BLOCKS ? " per stratum" : ""),
                content, reason);
    }

    /**
     * Generates a site's sealed emergency envelopes from the main scheme's arms and block sizes
     * (with their own seed), stores them and returns them for printing.
     */
    public List<Envelope> planEmergencyEnvelopes(String studyId, String siteCode, int count, String reason) {
        Study design = design(studyId);
        if (design.getSites().stream().noneMatch(s -> siteCode.equals(s.getCode()))) {
            throw new IllegalArgumentException("study " + studyId + " has no site " + siteCode);
        }
        RandomizationScheme scheme = StudySchemes.blocksOf(design, mainPlan(studyId).map(RandomizationPlan::scheme));
        RandomizationPlan plan = RandomizationPlan.withFreshSeed(scheme);
        List<Envelope> envelopes = EmergencyEnvelopes.forSite(plan, siteCode, count);
        records().saveList(studyId, RandomizationAccess.EMERGENCY_LIST + siteCode, envelopes.size()
                + " emergency envelopes of site " + siteCode + ", " + scheme.summary(),
                SealedListText.ofEnvelopes(plan, envelopes), reason);
        return envelopes;
    }

    /** The main list's plan, for the statistician (reading it is audited). */
    public Optional<RandomizationPlan> mainPlan(String studyId) {
        return records().readLists(studyId).stream().filter(l -> l.purpose().equals(RandomizationAccess.MAIN_LIST))
                .findFirst().map(l -> SealedListText.read(l.content()).plan());
    }

    /** Every stored list with its content, for the statistician (audited). */
    public List<AllocationListRecord> readLists(String studyId) {
        return records().readLists(studyId);
    }

    /** What lists the study has, in words. */
    public List<RandomizationAccess.ListSummary> lists(String studyId) {
        return records().listSummaries(studyId);
    }

    /** Randomizes an enrolled subject from the main list; the arm is shown only to an unblinded user. */
    public Randomized randomize(String studyId, String subjectId) {
        AllocationRecord made = records().randomize(studyId, subjectId, RandomizationAccess.MAIN_LIST,
                new ListAllocator());
        return seenBy(studyId, made);
    }

    /** Records an allocation a site made offline from its emergency envelope {@code number}. */
    public Randomized reconcileEnvelope(String studyId, String subjectId, String siteCode, int number,
            String armCodeGiven) {
        AllocationRecord made = records().randomize(studyId, subjectId, RandomizationAccess.EMERGENCY_LIST + siteCode,
                new EnvelopeAllocator(siteCode, number, armCodeGiven));
        return seenBy(studyId, made);
    }

    private Randomized seenBy(String studyId, AllocationRecord made) {
        Study study = access.loadStudy(studyId).orElseThrow();
        Subject subject = study.getSubjects().stream().filter(s -> s.getId().equals(made.subjectId())).findFirst()
                .orElseThrow();
        String label = SubjectFactors.label(subject);
        Arm arm = subject.getAllocatedArm();
        return arm == null ? new Randomized(made, label, "", "(blinded)")
                : new Randomized(made, label, arm.getCode(), arm.getName());
    }

    /** The allocation log with the emergency unblinding events, oldest first (statistician, administrator). */
    public List<AllocationLogEntry> log(String studyId) {
        List<AllocationRecord> allocations = records().allocations(studyId);
        List<Unblinding> unblindings = records().unblindings(studyId);
        Map<String, String> labels = new HashMap<>();
        Map<String, String> armCodes = new HashMap<>();
        Study design = design(studyId);
        design.getArms().forEach(a -> armCodes.put(a.getId(), a.getCode()));
        if (access.session().can(Permission.VIEW_STUDY_DATA)) {
            access.loadStudy(studyId).ifPresent(s -> s.getSubjects().forEach(x -> labels.put(x.getId(),
                    SubjectFactors.label(x))));
        }
        List<AllocationLogEntry> log = new ArrayList<>();
        for (AllocationRecord a : allocations) {
            String event = "emergency".equals(a.source()) ? "allocated (emergency envelope)" : "allocated";
            log.add(new AllocationLogEntry(a.randomizedAt(), event, labels.getOrDefault(a.subjectId(), a.subjectId()),
                    armCodes.getOrDefault(a.armId(), a.armId()), a.randomizedBy(), "stratum " + a.stratum()
                            + ", number " + a.sequence() + (a.detail().isEmpty() ? "" : "; " + a.detail())));
        }
        for (Unblinding u : unblindings) {
            log.add(new AllocationLogEntry(u.unblindedAt(), "unblinded", labels.getOrDefault(u.subjectId(),
                    u.subjectId()), "", u.userName(), u.reason()));
        }
        log.sort(Comparator.comparing(AllocationLogEntry::at));
        return log;
    }
}
