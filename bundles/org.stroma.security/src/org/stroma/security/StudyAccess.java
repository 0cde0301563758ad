package org.stroma.security;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.stroma.model.study.Site;
import org.stroma.model.study.Study;
import org.stroma.model.study.SubjectState;
import org.stroma.security.internal.Blinding;
import org.stroma.security.internal.SiteScope;
import org.stroma.store.AccessRecords;
import org.stroma.store.AuditEntry;
import org.stroma.store.AuditVerification;
import org.stroma.store.BackupSummary;
import org.stroma.store.SaveRules;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudySummary;
import org.stroma.store.SubjectCounts;

/**
 * Study data as one signed-in user may see and change it: only the subjects of the user's sites,
 * no allocation where the user is blinded, and every save checked change by change against the
 * user's role in the store's transaction. The workbench and the commands use this, never the
 * database directly, so both refuse the same things.
 *
 * @since 0.1
 */
public final class StudyAccess {

    private static final Set<String> SUBJECT_OWNERS = Set.of("Subject", "CellProduct");
    private static final Set<String> ASSESSMENT_TYPES = Set.of("Assessment", "ItemValue", "ScoreValue");
    private static final String DOSE_CALCULATION = "DoseCalculation";

    private final StudyDatabase database;
    private final UserSession session;
    private final AccessControl control;
    private final Map<String, Study> visible = new java.util.concurrent.ConcurrentHashMap<>();

    StudyAccess(StudyDatabase database, UserSession session, AccessControl control) {
        this.database = database;
        this.session = session;
        this.control = control;
    }

    public UserSession session() {
        return session;
    }

    /** The studies of the database (their register entries only: every user may list them). */
    public List<StudySummary> studies() {
        return database.studies();
    }

    public Optional<StudySummary> study(String id) {
        return database.study(id);
    }

    /** The study as this user may see it, or empty when there is none with this id. */
    public Optional<Study> loadStudy(String id) {
        session.require(Permission.VIEW_STUDY_DATA);
        Optional<Study> loaded = database.loadStudy(id);
        loaded.ifPresent(study -> {
            SiteScope.restrict(study, session.account());
            if (session.isBlindedIn(study)) {
                Blinding.redact(study, database.access().unblindedSubjects(id, session.userName()));
            }
            visible.put(id, study);
        });
        return loaded;
    }

    /** Subjects screened and enrolled, counting only the user's sites. */
    public SubjectCounts subjectCounts(String studyId) {
        session.require(Permission.VIEW_STUDY_DATA);
        if (session.sites().isEmpty()) {
            return database.subjectCounts(studyId);
        }
        Study study = loadStudy(studyId).orElseThrow(() -> new IllegalArgumentException("no study " + studyId));
        int enrolled = (int) study.getSubjects().stream().filter(s -> s.getEvents().stream()
                .anyMatch(e -> e.getState() == SubjectState.ENROLLED)).count();
        return new SubjectCounts(study.getSubjects().size(), enrolled);
    }

    /** Saves a study's design (or a new study), with {@code reason} for changes to saved data. */
    public void saveStudy(Study study, String reason) {
        boolean isNew = database.study(study.getId()).isEmpty();
        session.require(isNew ? Permission.CREATE_STUDY : Permission.EDIT_STUDY_DESIGN);
        database.saveStudy(study, session.change(reason), rules(study));
        visible.remove(study.getId());
    }

    /** Saves the records of {@code changed} (see {@link StudyDatabase#saveRecords}), each change checked. */
    public void saveRecords(Study study, Collection<? extends EObject> changed, String reason) {
        if (!session.can(Permission.ENTER_SUBJECT_DATA) && !session.can(Permission.ENTER_ASSESSMENTS)
                && !session.can(Permission.EDIT_STUDY_DESIGN)) {
            session.require(Permission.ENTER_SUBJECT_DATA);
        }
        database.saveRecords(study, changed, session.change(reason), rules(study));
    }

    /** Adds a study made elsewhere with its history (see {@link StudyDatabase#importStudy}). */
    public void importStudy(Study study, List<AuditEntry> history, String source, String reason) {
        session.require(Permission.CREATE_STUDY);
        database.importStudy(study, history, source, session.change(reason));
    }

    /** The audit rows of a record or of the whole study, as this user may read them. */
    public List<AuditEntry> auditTrail(String studyId, String objectOrStudyId) {
        session.require(Permission.VIEW_AUDIT_TRAIL);
        List<AuditEntry> rows = database.auditTrail(objectOrStudyId);
        if (session.role() == Role.ADMINISTRATOR) {
            // Accounts, sign-ins and backups: the administrator sees no study data.
            return rows.stream().filter(row -> row.studyId().isEmpty()).toList();
        }
        Study study = visible.containsKey(studyId) ? visible.get(studyId) : loadStudy(studyId).orElse(null);
        if (study == null) {
            return List.of();
        }
        rows = SiteScope.restrict(rows, study, session.account());
        if (session.isBlindedIn(study)) {
            rows = Blinding.redact(rows, database.access().unblindedSubjects(studyId, session.userName()));
        }
        return rows;
    }

    /** Recomputes the audit trail's hash chain. */
    public AuditVerification verifyAudit() {
        session.require(Permission.VIEW_AUDIT_TRAIL);
        return database.verifyAudit();
    }

    /** Checks that the user may export study data and records the export in the audit trail. */
    public void recordExport(String studyId, String file, String what) {
        session.require(Permission.EXPORT_DATA);
        database.access().recordEvent(AccessRecords.EXPORT, studyId, file, what, session.change(""));
    }

    /** Checks that the user may generate reports and records the report in the audit trail. */
    public void recordReport(String studyId, String file, String what) {
        session.require(Permission.GENERATE_REPORTS);
        database.access().recordEvent(AccessRecords.REPORT, studyId, file, what, session.change(""));
    }

    /** A backup of the whole database (see {@link StudyDatabase#backup}). */
    public BackupSummary backup(Path file) {
        session.require(Permission.BACKUP_DATABASE);
        return database.backup(file, session.change(""));
    }

    /** Signatures of forms, visits and reports. */
    public Signatures signatures() {
        return new Signatures(database, session, control);
    }

    /** Locks, unblinding and data queries. */
    public Oversight oversight() {
        return new Oversight(database, session);
    }

    /** Allocation lists, randomization and the allocation log. */
    public RandomizationAccess randomization() {
        return new RandomizationAccess(database, session);
    }

    /** Whether this user sees the allocation of subjects in {@code study}. */
    public boolean isBlindedIn(Study study) {
        return session.isBlindedIn(study);
    }

    /**
     * A dose calculation is kept as calculated: its fields are set when it is created (in the same
     * save) and never after; a calculation made again is a new record. Removing it with its
     * procedure stays possible, with a reason.
     */
    private static void refuseChangedDoseCalculation(SaveRules.RecordEdit edit, Set<String> created) {
        if (!DOSE_CALCULATION.equals(edit.type())) {
            return;
        }
        if ("CREATE".equals(edit.action())) {
            created.add(edit.objectId());
        } else if ("SET".equals(edit.action()) && edit.newValue() != null && !created.contains(edit.objectId())) {
            throw new StoreException("dose calculation " + edit.objectId() + " is kept as calculated and its "
                    + edit.field() + " cannot change; calculate again for a new record. Nothing was saved");
        }
    }

    private SaveRules rules(Study study) {
        boolean blinded = session.isBlindedIn(study);
        boolean restricted = !session.sites().isEmpty();
        Set<String> withheld = new HashSet<>();
        if (blinded) {
            withheld.addAll(Blinding.WITHHELD_FIELDS);
        }
        if (restricted) {
            withheld.addAll(SiteScope.WITHHELD_FIELDS);
        }
        Map<String, String> siteCodes = new HashMap<>();
        for (Site site : study.getSites()) {
            siteCodes.put(site.getId(), site.getCode());
        }
        Set<String> created = new HashSet<>();
        return new SaveRules(withheld, edit -> {
            refuseChangedDoseCalculation(edit, created);
            if (!SUBJECT_OWNERS.contains(edit.ownerType())) {
                session.require(Permission.EDIT_STUDY_DESIGN);
                if (restricted) {
                    throw new AccessDeniedException(session + " works at some sites only and may not change the "
                            + "study design");
                }
            } else if (ASSESSMENT_TYPES.contains(edit.type())) {
                if (!session.can(Permission.ENTER_ASSESSMENTS)) {
                    session.require(Permission.ENTER_SUBJECT_DATA);
                }
            } else {
                session.require(Permission.ENTER_SUBJECT_DATA);
            }
            if (blinded && (Blinding.REVEALING_TYPES.contains(edit.type()) || "CellProduct".equals(edit.ownerType()))) {
                throw new AccessDeniedException(session + " is blinded in study " + study.getId()
                        + " and may not record procedures or cell products");
            }
            if (restricted && "Subject".equals(edit.type()) && "site".equals(edit.field())
                    && !session.sites().contains(siteCodes.get(edit.newValue()))) {
                throw new AccessDeniedException(session + " may record subjects of sites " + session.sites()
                        + " only");
            }
        });
    }
}
