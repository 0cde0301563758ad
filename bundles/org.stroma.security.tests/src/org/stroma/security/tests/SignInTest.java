package org.stroma.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.demo.DemoDatabase;
import org.stroma.security.AccessControl;
import org.stroma.security.AccessDeniedException;
import org.stroma.security.Role;
import org.stroma.security.UserAdministration;
import org.stroma.security.UserSession;
import org.stroma.store.AuditEntry;
import org.stroma.store.StudyStore;
import org.stroma.store.UserAccount;

/** Sign-in, lockout, password rules and account administration, each audited. */
@ExtendWith(ServiceExtension.class)
class SignInTest {

    @InjectService
    StudyStore store;

    @InjectService
    AccessControl control;

    @TempDir
    Path temp;

    private DemoWorkspace demo;

    @BeforeEach
    void openDemo() {
        demo = DemoWorkspace.create(store, control, temp.resolve("demo"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private List<AuditEntry> rowsOf(String user) {
        return demo.database.auditTrail(user);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswerAndAreAudited() {
        AccessDeniedException wrong = assertThrows(AccessDeniedException.class,
                () -> control.signIn(demo.database, "coordinator", "not-the-password1".toCharArray()));
        AccessDeniedException unknown = assertThrows(AccessDeniedException.class,
                () -> control.signIn(demo.database, "nobody", DemoDatabase.PASSWORD.toCharArray()));
        assertEquals("the user name or password is wrong", wrong.getMessage());
        assertEquals(wrong.getMessage(), unknown.getMessage(), "no hint which one was wrong");
        AuditEntry failed = rowsOf("coordinator").stream().filter(e -> e.action().equals("LOGIN_FAILED")).findFirst()
                .orElseThrow();
        assertEquals("wrong password", failed.newValue());
        assertTrue(rowsOf("nobody").stream().anyMatch(e -> e.action().equals("LOGIN_FAILED")));
        UserSession session = control.signIn(demo.database, "coordinator", DemoDatabase.PASSWORD.toCharArray());
        assertEquals(Role.STUDY_COORDINATOR, session.role());
        assertEquals("Sam Okafor", session.fullName());
        assertEquals("LOGIN", rowsOf("coordinator").get(rowsOf("coordinator").size() - 1).action());
    }

    @Test
    void fiveFailuresLockTheAccountUntilAnAdministratorUnlocksIt() {
        for (int i = 1; i <= 4; i++) {
            assertThrows(AccessDeniedException.class,
                    () -> control.signIn(demo.database, "monitor", "Wrong-guess-99".toCharArray()));
        }
        AccessDeniedException fifth = assertThrows(AccessDeniedException.class,
                () -> control.signIn(demo.database, "monitor", "Wrong-guess-99".toCharArray()));
        assertTrue(fifth.getMessage().contains("locked until"), fifth.getMessage());
        AccessDeniedException evenRight = assertThrows(AccessDeniedException.class,
                () -> control.signIn(demo.database, "monitor", DemoDatabase.PASSWORD.toCharArray()));
        assertTrue(evenRight.getMessage().startsWith("the account monitor is locked until"), evenRight.getMessage());

        UserAdministration admin = control.users(demo.database, demo.signIn("admin"));
        assertThrows(IllegalArgumentException.class, () -> admin.unlock("monitor", ""), "a reason is needed");
        admin.unlock("monitor", "identity confirmed by phone");
        UserAccount unlocked = demo.database.access().account("monitor").orElseThrow();
        assertEquals(0, unlocked.failedLogins());
        assertNull(unlocked.lockedUntil());
        assertEquals("monitor", control.signIn(demo.database, "monitor", DemoDatabase.PASSWORD.toCharArray()).userName());
        AuditEntry unlock = rowsOf("monitor").stream().filter(e -> e.field().equals("lockedUntil")
                && e.newValue() == null).findFirst().orElseThrow();
        assertEquals("admin", unlock.user());
        assertEquals("identity confirmed by phone", unlock.reason());
    }

    @Test
    void passwordsFollowTheRulesAndAreStoredOnlyAsSaltedHashes() {
        UserAdministration admin = control.users(demo.database, demo.signIn("admin"));
        for (String bad : List.of("short1", "onlyletterslong", "12345678901", "xnurse.kim2026x")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> admin.add("nurse.kim", "Kim Park", Role.STUDY_COORDINATOR, List.of(), bad.toCharArray()));
            assertTrue(refused.getMessage().startsWith("the password is not accepted"), refused.getMessage());
        }
        assertTrue(demo.database.access().account("nurse.kim").isEmpty(), "nothing saved by a refusal");
        admin.add("nurse.kim", "Kim Park", Role.STUDY_COORDINATOR, List.of("SH02"), "Seoul-2026-kp".toCharArray());
        UserAccount kim = demo.database.access().account("nurse.kim").orElseThrow();
        assertTrue(kim.passwordHash().startsWith("pbkdf2-sha256$600000$"), kim.passwordHash());
        assertFalse(kim.passwordHash().contains("Seoul-2026-kp"));
        String other = demo.database.access().account("coordinator").orElseThrow().passwordHash();
        assertFalse(other.split("\\$")[2].equals(demo.database.access().account("monitor").orElseThrow()
                .passwordHash().split("\\$")[2]), "every password has its own salt");
        assertTrue(rowsOf("nurse.kim").stream().anyMatch(e -> e.field().equals("password")
                && "(new password)".equals(e.newValue())), "the audit says the password was set, not what it is");
        assertTrue(rowsOf("nurse.kim").stream().noneMatch(e -> kim.passwordHash().equals(e.newValue())));
    }

    @Test
    void roleChangesAndDeactivationAreAuditedAndTakeEffect() {
        UserAdministration admin = control.users(demo.database, demo.signIn("admin"));
        admin.changeRole("statistician", Role.MONITOR, "moved to monitoring");
        assertEquals(Role.MONITOR, demo.signIn("statistician").role());
        AuditEntry change = rowsOf("statistician").stream().filter(e -> e.field().equals("role")).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals("UNBLINDED_STATISTICIAN", change.oldValue());
        assertEquals("MONITOR", change.newValue());
        admin.setActive("statistician", false, "left the study");
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> demo.signIn("statistician"));
        assertTrue(refused.getMessage().contains("deactivated"), refused.getMessage());
        assertThrows(AccessDeniedException.class,
                () -> control.users(demo.database, demo.signIn("coordinator")).changeRole("monitor", Role.INVESTIGATOR,
                        "promotion"), "only administrators manage accounts");
    }

    @Test
    void aUserChangesTheirOwnPasswordGivingTheCurrentOne() {
        UserSession coordinator = demo.signIn("coordinator");
        UserAdministration own = control.users(demo.database, coordinator);
        assertThrows(AccessDeniedException.class,
                () -> own.changeOwnPassword("Wrong-current-1".toCharArray(), "New-secret-2027".toCharArray()));
        own.changeOwnPassword(DemoDatabase.PASSWORD.toCharArray(), "New-secret-2027".toCharArray());
        assertThrows(AccessDeniedException.class, () -> demo.signIn("coordinator"));
        assertEquals("coordinator",
                control.signIn(demo.database, "coordinator", "New-secret-2027".toCharArray()).userName());
    }
}
