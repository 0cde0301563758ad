package org.stroma.randomization.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.stroma.demo.DemoDatabase;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Sex;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.security.AccessControl;
import org.stroma.security.StudyAccess;
import org.stroma.store.ChangeContext;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * A demo database with its accounts, open for a test: sign-ins, the randomization desk as each
 * user works with it, and new subjects added the way a coordinator records them.
 */
final class DemoWorkspace implements AutoCloseable {

    /** How far a new subject has come: screened only, enrolled without consent, or enrolled with consent. */
    enum Progress {
        SCREENED, ENROLLED_WITHOUT_CONSENT, ENROLLED
    }

    final StudyDatabase database;
    final AccessControl control;

    private DemoWorkspace(StudyDatabase database, AccessControl control) {
        this.database = database;
        this.control = control;
    }

    static DemoWorkspace create(StudyStore store, AccessControl control, Path folder) {
        StudyDatabase database = store.open(folder, DemoDatabase.key());
        DemoDatabase.fill(database, control);
        return new DemoWorkspace(database, control);
    }

    StudyAccess studies(String user) {
        return control.studies(database, control.signIn(database, user, DemoDatabase.PASSWORD.toCharArray()));
    }

    /** The study desk as {@code user} signed in to it. */
    StudyRandomization desk(String user) {
        return new StudyRandomization(studies(user));
    }

    /** A new enrolled subject with a signed consent, not allocated, at the site with {@code siteCode}. */
    void enrol(String studyId, String id, String siteCode, Sex sex) {
        add(studyId, id, siteCode, sex, Progress.ENROLLED);
    }

    /**
     * Adds a subject as far as {@code progress}; its id is also its subject id once enrolled, its
     * screening id is {@code SCR-<id>}.
     */
    void add(String studyId, String id, String siteCode, Sex sex, Progress progress) {
        Study study = database.loadStudy(studyId).orElseThrow();
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        subject.setId(id);
        subject.setScreeningId("SCR-" + id);
        subject.setSite(study.getSites().stream().filter(s -> s.getCode().equals(siteCode)).findFirst().orElseThrow());
        subject.setSex(sex);
        Date yesterday = Date.from(Instant.now().minus(Duration.ofDays(1)));
        if (progress == Progress.SCREENED || progress == Progress.ENROLLED) {
            Consent consent = StudyFactory.eINSTANCE.createConsent();
            consent.setId(id + "-consent");
            consent.setSigned(true);
            consent.setDate(yesterday);
            subject.getConsents().add(consent);
        }
        if (progress != Progress.SCREENED) {
            subject.setSubjectId(id);
            SubjectEvent enrolled = StudyFactory.eINSTANCE.createSubjectEvent();
            enrolled.setId(id + "-enrolled");
            enrolled.setState(SubjectState.ENROLLED);
            enrolled.setDate(yesterday);
            subject.getEvents().add(enrolled);
        }
        study.getSubjects().add(subject);
        database.saveRecords(study, List.of(subject), ChangeContext.firstEntry("coordinator"));
    }

    /** The subject as stored, seen by nobody's role. */
    Subject stored(String studyId, String id) {
        return database.loadStudy(studyId).orElseThrow().getSubjects().stream().filter(s -> s.getId().equals(id))
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        database.close();
    }
}
