package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.Role;
import org.stroma.security.StudyAccess;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyStore;

/** A user of some sites sees and changes only their subjects, and the others stay as they were. */
@ExtendWith(ServiceExtension.class)
class SiteScopeTest {

    private static final String STUDY = "LOS-HAIR";

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    Path temp;

    private DemoWorkspace demo;
    private StudyAccess sh02;

    @BeforeEach
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
        control.users(demo.database, demo.signIn("admin")).add("nurse.sh02", "Mei Zhang", Role.STUDY_COORDINATOR,
                List.of("SH02"), "Hair-clinic-02".toCharArray());
        sh02 = control.studies(demo.database, control.signIn(demo.database, "nurse.sh02",
                "Hair-clinic-02".toCharArray()));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void onlyTheSubjectsOfTheUsersSitesAreSeen() {
        Study all = demo.database.loadStudy(STUDY).orElseThrow();
        Set<String> atSh02 = all.getSubjects().stream().filter(s -> s.getSite().getCode().equals("SH02"))
                .map(Subject::getId).collect(Collectors.toSet());
        assertTrue(atSh02.size() > 0 && atSh02.size() < all.getSubjects().size(), "the demo has both sites");
        Study seen = sh02.loadStudy(STUDY).orElseThrow();
        assertEquals(atSh02, seen.getSubjects().stream().map(Subject::getId).collect(Collectors.toSet()));
        assertEquals(atSh02.size(), sh02.subjectCounts(STUDY).screened());
        List<AuditEntry> rows = sh02.auditTrail(STUDY, STUDY);
        Set<String> others = all.getSubjects().stream().map(Subject::getId).filter(id -> !atSh02.contains(id))
                .collect(Collectors.toSet());
        assertTrue(rows.stream().noneMatch(r -> others.stream().anyMatch(o -> r.objectId().equals(o)
                || r.objectId().startsWith(o + "-"))), "no audit row of another site's subject");
    }

    @Test
    void savingKeepsTheOtherSitesSubjectsAndTheDesignIsOutOfReach() {
        Study before = demo.database.loadStudy(STUDY).orElseThrow();
        Study seen = sh02.loadStudy(STUDY).orElseThrow();
        Subject mine = seen.getSubjects().get(0);
        mine.setBmi(mine.getBmi() + 0.5);
        sh02.saveRecords(seen, List.of(mine), "re-measured");
        Study after = demo.database.loadStudy(STUDY).orElseThrow();
        assertEquals(before.getSubjects().stream().map(Subject::getId).toList(),
                after.getSubjects().stream().map(Subject::getId).toList(), "all subjects, in their places");

        seen.setTitle("Renamed at one site");
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> sh02.saveStudy(seen, "rename"));
        assertTrue(refused.getMessage().contains("some sites only"), refused.getMessage());
        assertEquals(before.getTitle(), demo.database.loadStudy(STUDY).orElseThrow().getTitle());
    }

    @Test
    void aSubjectCannotBeMovedToASiteTheUserDoesNotWorkAt() {
        Study seen = sh02.loadStudy(STUDY).orElseThrow();
        Subject mine = seen.getSubjects().get(0);
        mine.setSite(seen.getSites().stream().filter(s -> s.getCode().equals("SH03")).findFirst().orElseThrow());
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> sh02.saveRecords(seen, List.of(mine), "moved"));
        assertTrue(refused.getMessage().contains("[SH02]"), refused.getMessage());
    }
}
