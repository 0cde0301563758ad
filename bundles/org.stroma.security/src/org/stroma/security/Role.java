package org.stroma.security;

import static org.stroma.security.Permission.*;

import java.util.EnumSet;
import java.util.Set;

import org.stroma.model.study.Masking;

/**
 * The roles of a trial team and what each may do. The administrator runs accounts and backups
 * and sees no clinical data; the monitor reads, signs reviews, locks and raises queries.
 *
 * @since 0.1
 */
public enum Role {
    ADMINISTRATOR("Administrator", EnumSet.of(MANAGE_USERS, BACKUP_DATABASE, VIEW_AUDIT_TRAIL, PLAN_RANDOMIZATION)),
    INVESTIGATOR("Investigator", EnumSet.of(VIEW_STUDY_DATA, EDIT_STUDY_DESIGN, CREATE_STUDY, ENTER_SUBJECT_DATA,
            ENTER_ASSESSMENTS, EXPORT_DATA, GENERATE_REPORTS, VIEW_AUDIT_TRAIL, SIGN_AUTHORSHIP, SIGN_REVIEW,
            SIGN_APPROVAL, LOCK_RECORDS, ANSWER_QUERIES, UNBLIND_SUBJECT, RANDOMIZE_SUBJECTS)),
    STUDY_COORDINATOR("Study coordinator", EnumSet.of(VIEW_STUDY_DATA, EDIT_STUDY_DESIGN, CREATE_STUDY,
            ENTER_SUBJECT_DATA, ENTER_ASSESSMENTS, EXPORT_DATA, GENERATE_REPORTS, VIEW_AUDIT_TRAIL, SIGN_AUTHORSHIP,
            ANSWER_QUERIES, RANDOMIZE_SUBJECTS)),
    BLINDED_OUTCOME_ASSESSOR("Blinded outcome assessor", EnumSet.of(VIEW_STUDY_DATA, ENTER_ASSESSMENTS,
            VIEW_AUDIT_TRAIL, SIGN_AUTHORSHIP, ANSWER_QUERIES)),
    UNBLINDED_STATISTICIAN("Unblinded statistician", EnumSet.of(VIEW_STUDY_DATA, EXPORT_DATA, GENERATE_REPORTS,
            VIEW_AUDIT_TRAIL, PLAN_RANDOMIZATION)),
    MONITOR("Monitor", EnumSet.of(VIEW_STUDY_DATA, VIEW_AUDIT_TRAIL, SIGN_REVIEW, LOCK_RECORDS, RAISE_QUERIES,
            GENERATE_REPORTS));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * Whether this role must not see allocations in a study masked so: the outcome assessor is
     * blinded in every study; in a double-blind study so are investigators, coordinators and
     * monitors. Only the statistician works unblinded.
     */
    public boolean isBlindedIn(Masking masking) {
        return switch (this) {
            case BLINDED_OUTCOME_ASSESSOR -> true;
            case INVESTIGATOR, STUDY_COORDINATOR, MONITOR, ADMINISTRATOR -> masking == Masking.DOUBLE_BLIND;
            case UNBLINDED_STATISTICIAN -> false;
        };
    }

    /** The role with this name or label, ignoring case, spaces and underscores. */
    public static Role parse(String text) {
        String key = text.strip().replace(' ', '_').replace('-', '_');
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(key) || role.label.equalsIgnoreCase(text.strip())) {
                return role;
            }
        }
        throw new IllegalArgumentException("no role '" + text + "'; roles are " + java.util.Arrays.stream(values())
                .map(r -> r.name().toLowerCase().replace('_', '-')).toList());
    }
}
