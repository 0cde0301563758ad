package org.stroma.store.tests;

import java.nio.file.Path;
import java.sql.Driver;

import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.model.study.Subject;
import org.stroma.store.ChangeContext;
import org.stroma.store.StudyDatabase;
import org.stroma.store.internal.DerbyStudyStore;

/**
 * A separate process that saves adverse events one by one and prints "saved N" after each
 * save returns, until it is killed. {@link CrashSafetyTest} kills it with SIGKILL mid-stream.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Driver driver = (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver")
                .getDeclaredConstructor().newInstance();
        StudyDatabase database = new DerbyStudyStore(driver).open(Path.of(args[0]), org.stroma.store.DatabaseKey.of("stroma-demo-key"));
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setId("CRASH");
        study.setAcronym("CRASH");
        study.setTitle("Saves interrupted by a killed process");
        Subject subject = StudyFactory.eINSTANCE.createSubject();
        subject.setId("subject-1");
        study.getSubjects().add(subject);
        for (int i = 1; ; i++) {
            AdverseEvent event = StudyFactory.eINSTANCE.createAdverseEvent();
            event.setId("ae-" + i);
            event.setTerm("Event number " + i + " with a long description ".repeat(20));
            event.setCtcaeGrade(1 + i % 3);
            event.setRelatedness(Relatedness.POSSIBLE);
            event.setOutcome(AdverseEventOutcome.RECOVERING);
            subject.getAdverseEvents().add(event);
            database.saveStudy(study, ChangeContext.firstEntry("writer"));
            System.out.println("saved " + i);
            System.out.flush();
        }
    }
}
