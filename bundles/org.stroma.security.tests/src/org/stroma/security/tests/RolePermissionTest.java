package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.demo.DemoDatabase;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.SignatureMeaning;
import org.stroma.security.StudyAccess;
import org.stroma.store.StudyStore;

/**
 * Every role against every protected operation, allowed and refused, on a real demo database.
 * The table of who may do what is written out here, apart from the code that enforces it.
 */
@ExtendWith(ServiceExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RolePermissionTest {

    private static final String STUDY = "SSC-HAND-RCT";
    private static final String PASSWORD = DemoDatabase.PASSWORD;

    /** Who may: the demo account names per operation (the demo has one account per role). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("view study data", Set.of("investigator", "coordinator", "assessor", "statistician", "monitor")),
            Map.entry("change the design", Set.of("investigator", "coordinator")),
            Map.entry("enter subject data", Set.of("investigator", "coordinator")),
            Map.entry("enter an assessment", Set.of("investigator", "coordinator", "assessor")),
            Map.entry("export data", Set.of("investigator", "coordinator", "statistician")),
            Map.entry("generate a report", Set.of("investigator", "coordinator", "statistician", "monitor")),
            Map.entry("back up the database", Set.of("admin")),
            Map.entry("manage users", Set.of("admin")),
            Map.entry("view the audit trail", Set.of("admin", "investigator", "coordinator", "assessor",
                    "statistician", "monitor")),
            Map.entry("sign as author", Set.of("investigator", "coordinator", "assessor")),
            Map.entry("sign as reviewer", Set.of("investigator", "monitor")),
            Map.entry("sign as approver", Set.of("investigator")),
            Map.entry("lock a record", Set.of("investigator", "monitor")),
            Map.entry("raise a query", Set.of("monitor")),
            Map.entry("answer a query", Set.of("investigator", "coordinator", "assessor")));

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    static Path temp;

    private DemoWorkspace demo;
    private final Map<String, StudyAccess> access = new HashMap<>();
    private String queryId;

    @BeforeAll
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
        for (DemoDatabase.Account account : DemoDatabase.ACCOUNTS) {
            access.put(account.userName(), demo.studies(account.userName()));
        }
        queryId = access.get("monitor").oversight().raiseQuery(STUDY, firstSubject(full()).getId(),
                "Please confirm the date of birth").id();
    }

    @AfterAll
    void close() {
        demo.close();
    }

    private Study full() {
        return access.get("investigator").loadStudy(STUDY).orElseThrow();
    }

    private static Subject firstSubject(Study study) {
        return study.getSubjects().stream().filter(s -> !s.getAssessments().isEmpty()).findFirst().orElseThrow();
    }

    private Map<String, Consumer<StudyAccess>> operations() {
        Map<String, Consumer<StudyAccess>> ops = new HashMap<>();
        ops.put("view study data", a -> a.loadStudy(STUDY));
        ops.put("change the design", a -> {
            Study study = full();
            study.setTitle(study.getTitle() + " (amended)");
            a.saveStudy(study, "protocol amendment");
        });
        ops.put("enter subject data", a -> {
            Study study = full();
            Subject subject = firstSubject(study);
            subject.setBmi(subject.getBmi() + 0.1);
            a.saveRecords(study, List.of(subject), "weight re-measured");
        });
        ops.put("enter an assessment", a -> {
            Study study = full();
            Assessment assessment = firstSubject(study).getAssessments().get(0);
            assessment.setMethod("checked " + System.nanoTime());
            a.saveRecords(study, List.of(assessment), "method recorded");
        });
        ops.put("export data", a -> a.recordExport(STUDY, "export.csv", "test export"));
        ops.put("generate a report", a -> a.recordReport(STUDY, "report.pdf", "test report"));
        ops.put("back up the database", a -> a.backup(temp.resolve("backup-" + System.nanoTime() + ".zip")));
        ops.put("manage users", a -> demo.control.users(demo.database, a.session()).accounts());
        ops.put("view the audit trail", a -> a.auditTrail(STUDY, STUDY));
        ops.put("sign as author", a -> sign(a, SignatureMeaning.AUTHORSHIP));
        ops.put("sign as reviewer", a -> sign(a, SignatureMeaning.REVIEW));
        ops.put("sign as approver", a -> sign(a, SignatureMeaning.APPROVAL));
        ops.put("lock a record", a -> {
            String id = firstSubject(full()).getAssessments().get(1).getId();
            a.oversight().lock(STUDY, id);
            a.oversight().unlock(STUDY, id, "locked by mistake");
        });
        ops.put("raise a query", a -> a.oversight().raiseQuery(STUDY, firstSubject(full()).getId(), "Is this right?"));
        ops.put("answer a query", a -> a.oversight().queries(STUDY).stream()
                .filter(q -> q.id().equals(queryId)).findFirst().ifPresent(q -> {
                    try {
                        a.oversight().answerQuery(queryId, "Checked against the source document");
                    } catch (org.stroma.store.StoreException answeredBefore) {
                        assertTrue(answeredBefore.getMessage().contains("answered"), answeredBefore.getMessage());
                    }
                }));
        return ops;
    }

    private void sign(StudyAccess a, SignatureMeaning meaning) {
        String id = firstSubject(full()).getAssessments().get(0).getId();
        a.signatures().signRecord(STUDY, id, meaning, PASSWORD.toCharArray());
    }

    Stream<Arguments> everyRoleAndOperation() {
        List<Arguments> cases = new ArrayList<>();
        for (String operation : ALLOWED.keySet().stream().sorted().toList()) {
            for (DemoDatabase.Account account : DemoDatabase.ACCOUNTS) {
                cases.add(Arguments.of(account.userName(), operation));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRoleAndOperation")
    void eachRoleMayDoExactlyWhatItsRoleAllows(String user, String operation) {
        Consumer<StudyAccess> op = operations().get(operation);
        StudyAccess as = access.get(user);
        if (ALLOWED.get(operation).contains(user)) {
            assertDoesNotThrow(() -> op.accept(as), user + " may " + operation);
        } else {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> op.accept(as),
                    user + " may not " + operation);
            assertTrue(refused.getMessage().startsWith(user + " ("), refused.getMessage());
        }
    }

    @org.junit.jupiter.api.Test
    void aRefusedSaveChangesNothing() {
        Study study = full();
        Subject subject = firstSubject(study);
        double before = subject.getBmi();
        subject.setBmi(before + 5);
        assertThrows(AccessDeniedException.class,
                () -> access.get("statistician").saveRecords(study, List.of(subject), "typo"));
        assertEquals(before, firstSubject(full()).getBmi(), 1e-9);
    }
}
