package org.stroma.security;

/**
 * What a user may do. Checked in {@link StudyAccess} and {@link UserAdministration}, so the
 * command line and the workbench refuse the same things.
 *
 * @since 0.1
 */
public enum Permission {
    /** Add accounts, change roles and sites, reset passwords, deactivate. */
    MANAGE_USERS("manage user accounts"),
    /** Write and restore backups of the database. */
    BACKUP_DATABASE("back up the database"),
    /** Read studies, subjects and forms (within the user's sites, blinded where the role is). */
    VIEW_STUDY_DATA("view study data"),
    /** Change a study's design: sites, arms, visits, criteria, outcomes. */
    EDIT_STUDY_DESIGN("change the study design"),
    /** Create or import a study. */
    CREATE_STUDY("create or import studies"),
    /** Enter and change subjects, eligibility, enrolment, procedures, adverse events. */
    ENTER_SUBJECT_DATA("enter subject data"),
    /** Enter and change outcome assessments (forms). */
    ENTER_ASSESSMENTS("enter assessments"),
    /** Export study data to files. */
    EXPORT_DATA("export study data"),
    /** Generate reports. */
    GENERATE_REPORTS("generate reports"),
    /** Read the audit trail. */
    VIEW_AUDIT_TRAIL("view the audit trail"),
    /** Sign as author. */
    SIGN_AUTHORSHIP("sign as author"),
    /** Sign as reviewer. */
    SIGN_REVIEW("sign as reviewer"),
    /** Sign as approver. */
    SIGN_APPROVAL("sign as approver"),
    /** Lock and unlock records. */
    LOCK_RECORDS("lock and unlock records"),
    /** Raise and close data queries. */
    RAISE_QUERIES("raise data queries"),
    /** Answer data queries. */
    ANSWER_QUERIES("answer data queries"),
    /** Reveal a subject's allocation in a blinded study, with a documented reason. */
    UNBLIND_SUBJECT("unblind a subject"),
    /** Create allocation lists and read them, the allocation log and its unblinding events. */
    PLAN_RANDOMIZATION("plan randomization or read allocation lists"),
    /** Randomize an enrolled subject: reveals that one subject's allocation. */
    RANDOMIZE_SUBJECTS("randomize subjects");

    private final String words;

    Permission(String words) {
        this.words = words;
    }

    /** What the permission allows, as a refusal names it ("may not ..."). */
    public String words() {
        return words;
    }
}
