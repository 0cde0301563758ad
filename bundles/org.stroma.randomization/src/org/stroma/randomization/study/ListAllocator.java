package org.stroma.randomization.study;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.stroma.model.study.Arm;
import org.stroma.model.study.Subject;
import org.stroma.randomization.Allocation;
import org.stroma.randomization.ListEntry;
import org.stroma.randomization.MinimizationDecision;
import org.stroma.randomization.MinimizationRandomizer;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.Stratum;
import org.stroma.security.AllocationRefusedException;
import org.stroma.security.Allocator;
import org.stroma.store.AllocationRecord;

/**
 * Allocates from a study's main list: the subject must be enrolled with consent in force; a
 * block or simple list gives the next unused entry of the subject's stratum; a minimization
 * plan decides from the subjects allocated before.
 */
final class ListAllocator implements Allocator {

    @Override
    public Decision allocate(Request request) {
        Subject subject = request.subject();
        RandomizationEligibility.require(subject, LocalDate.now(ZoneOffset.UTC));
        SealedListText.Content content = SealedListText.read(request.list().content());
        var scheme = content.plan().scheme();
        Map<String, String> levels = SubjectFactors.levels(subject, scheme.factors());
        if (scheme.method() == RandomizationMethod.MINIMIZATION) {
            return minimize(request, content, levels);
        }
        String stratum = scheme.method() == RandomizationMethod.STRATIFIED_BLOCKS
                ? Stratum.of(scheme.factors(), levels).key() : Stratum.ALL_KEY;
        Set<Integer> used = new HashSet<>();
        for (AllocationRecord earlier : request.earlier()) {
            if (earlier.listId().equals(request.list().listId()) && earlier.stratum().equals(stratum)) {
                used.add(earlier.sequence());
            }
        }
        List<ListEntry> entries = content.entries().stream().filter(e -> e.stratumKey().equals(stratum)).toList();
        ListEntry next = entries.stream().filter(e -> !used.contains(e.sequence())).findFirst()
                .orElseThrow(() -> new AllocationRefusedException("the list of stratum " + stratum + " is used up ("
                        + entries.size() + " entries): the statistician plans a longer list"));
        return new Decision(armId(request, next.armId()), stratum, next.sequence(), "list",
                "block " + next.block() + " of " + next.blockSize());
    }

    private Decision minimize(Request request, SealedListText.Content content, Map<String, String> levels) {
        var factors = content.plan().scheme().factors();
        List<Allocation> previous = new ArrayList<>();
        // Every subject allocated in the study counts, those from emergency envelopes too, as the
        // randomizer requires; the main list cannot be replaced once used, so there are no others.
        for (AllocationRecord earlier : request.earlier()) {
            Subject before = request.study().getSubjects().stream().filter(s -> s.getId().equals(earlier.subjectId()))
                    .findFirst().orElseThrow(() -> new AllocationRefusedException("subject " + earlier.subjectId()
                            + " of the allocation log is no longer in the study; the minimization cannot go on"));
            previous.add(new Allocation(SubjectFactors.levels(before, factors), armCode(request, earlier.armId())));
        }
        MinimizationDecision decision = new MinimizationRandomizer(content.plan()).allocate(previous, levels);
        String scores = decision.imbalanceByArm().entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.3f", e.getValue()))
                .collect(Collectors.joining(", "));
        String detail = "imbalance if allocated to " + scores + "; preferred " + String.join("/", decision.preferredArms())
                + (decision.preferredChosen() ? ", taken" : ", not taken (random element)");
        return new Decision(armId(request, decision.armId()), Stratum.ALL_KEY, decision.allocationNumber(),
                "minimization", detail);
    }

    /** Lists name arms by code, the readable name statisticians check lists by. */
    static String armId(Request request, String code) {
        return request.study().getArms().stream().filter(a -> code.equals(a.getCode())).map(Arm::getId).findFirst()
                .orElseThrow(() -> new AllocationRefusedException("the list names arm " + code
                        + ", which study " + request.study().getId() + " does not have"));
    }

    private static String armCode(Request request, String armId) {
        return request.study().getArms().stream().filter(a -> armId.equals(a.getId())).map(Arm::getCode).findFirst()
                .orElse(armId);
    }
}
