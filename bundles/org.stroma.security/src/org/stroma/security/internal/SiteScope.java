package org.stroma.security.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.stroma.model.study.Identified;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.AuditEntry;
import org.stroma.store.UserAccount;

/**
 * A user restricted to some sites sees only their subjects: the others, the cell products they
 * gave, and the audit rows of their records are left out.
 */
public final class SiteScope {

    /** What a restricted user's study lacks (see {@link org.stroma.store.SaveRules}). */
    public static final Set<String> WITHHELD_FIELDS = Set.of("subjects", "cellProducts");

    private SiteScope() {
    }

    public static boolean sees(UserAccount account, Subject subject) {
        return account.sites().isEmpty()
                || (subject.getSite() != null && account.sites().contains(subject.getSite().getCode()));
    }

    /** Removes the subjects of other sites, and the cell products they gave. */
    public static void restrict(Study study, UserAccount account) {
        if (account.sites().isEmpty()) {
            return;
        }
        study.getSubjects().removeIf(subject -> !sees(account, subject));
        study.getCellProducts().removeIf(product -> product.getDonor() != null && !sees(account, product.getDonor()));
    }

    /**
     * The rows a restricted user may read, given the study as that user sees it: rows of records
     * in it, or (for records since deleted) whose id was made under one of its subjects; the
     * study's own and the access rows of the study. When in doubt a row is left out.
     */
    public static List<AuditEntry> restrict(List<AuditEntry> entries, Study visible, UserAccount account) {
        if (account.sites().isEmpty()) {
            return entries;
        }
        Set<String> ids = new HashSet<>();
        ids.add(visible.getId());
        visible.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified record && record.getId() != null) {
                ids.add(record.getId());
            }
        });
        List<String> subjects = visible.getSubjects().stream().map(Subject::getId).toList();
        List<AuditEntry> kept = new ArrayList<>();
        for (AuditEntry e : entries) {
            if (ids.contains(e.objectId()) || subjects.stream().anyMatch(s -> e.objectId().startsWith(s + "-"))) {
                kept.add(e);
            }
        }
        return kept;
    }
}
