package org.stroma.security.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.CellProduct;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;

/**
 * What tells a subject's arm, and how it is kept from a blinded user: the allocated arm, the
 * procedures (which name the intervention given, and hold the dose calculations made for them),
 * the cell products, and an adverse event's link to a procedure. A blinded user's study has none
 * of them, except for subjects unblinded to that user; audit rows about them keep who and when
 * but not the values.
 */
public final class Blinding {

    /** What a blinded user's study lacks, by field name (see {@link org.stroma.store.SaveRules}). */
    public static final Set<String> WITHHELD_FIELDS = Set.of("allocatedArm", "procedures", "cellProducts",
            "procedure");

    /**
     * Record types whose every value tells the treatment; a dose calculation (held by its
     * procedure) names the cells given.
     */
    public static final Set<String> REVEALING_TYPES = Set.of("Procedure", "CellProduct", "InjectionSite",
            "DoseCalculation");

    /** What a blinded user reads in place of a withheld value. */
    public static final String BLINDED = "(blinded)";

    private Blinding() {
    }

    /** Removes from {@code study} what would tell the arm of any subject not in {@code unblinded}. */
    public static void redact(Study study, Set<String> unblinded) {
        Set<CellProduct> stillUsed = new HashSet<>();
        for (Subject subject : study.getSubjects()) {
            if (unblinded.contains(subject.getId())) {
                for (Procedure procedure : subject.getProcedures()) {
                    if (procedure.getCellProduct() != null) {
                        stillUsed.add(procedure.getCellProduct());
                    }
                }
                continue;
            }
            subject.setAllocatedArm(null);
            subject.getProcedures().clear();
            for (AdverseEvent event : subject.getAdverseEvents()) {
                event.setProcedure(null);
            }
        }
        study.getCellProducts().retainAll(stillUsed);
    }

    /** Audit rows with every value that would tell an arm replaced by {@link #BLINDED}. */
    public static List<AuditEntry> redact(List<AuditEntry> entries, Set<String> unblinded) {
        List<AuditEntry> redacted = new ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            boolean reveals = (REVEALING_TYPES.contains(e.type()) || WITHHELD_FIELDS.contains(e.field()))
                    && unblinded.stream().noneMatch(subject -> e.objectId().equals(subject)
                            || e.objectId().startsWith(subject + "-"));
            redacted.add(reveals ? new AuditEntry(e.sequence(), e.recordedAt(), e.user(), e.action(), e.studyId(),
                    e.objectId(), e.type(), e.field(), e.oldValue() == null ? null : BLINDED,
                    e.newValue() == null ? null : BLINDED, e.reason()) : e);
        }
        return redacted;
    }
}
