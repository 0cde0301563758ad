package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyFactory;
import org.stroma.store.BackupSummary;
import org.stroma.store.ChangeContext;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/** Data encrypted at rest, and backups that keep the encryption and are checked when restored. */
@ExtendWith(ServiceExtension.class)
class EncryptionAndBackupTest {

    private static final DatabaseKey KEY = DatabaseKey.of("clinic-laptop-key-7");
    /** A word that is in the study and nowhere in Derby's own files. */
    private static final String MARKER = "Zanzibarquetzal";

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    private Path createStudy(Path folder) {
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setId("ENC-1");
        study.setAcronym("ENC");
        study.setTitle(MARKER + " trial of encrypted storage");
        try (StudyDatabase database = store.open(folder, KEY)) {
            database.saveStudy(study, ChangeContext.firstEntry("coordinator"));
        }
        return folder;
    }

    private static boolean anyFileContains(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        byte[] wide = text.getBytes(StandardCharsets.UTF_16BE);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (indexOf(bytes, needle) >= 0 || indexOf(bytes, wide) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void theFilesOnDiskDoNotHoldTheDataInClearText() throws IOException {
        Path folder = createStudy(temp.resolve("ws"));
        assertFalse(anyFileContains(folder.resolve("database"), MARKER), "the study title is not readable on disk");
        try (StudyDatabase database = store.open(folder, KEY)) {
            assertEquals(MARKER + " trial of encrypted storage", database.loadStudy("ENC-1").orElseThrow().getTitle());
        }
    }

    @Test
    void aCopiedDatabaseOpenedWithTheWrongKeyIsRefusedClearly() throws IOException {
        Path folder = createStudy(temp.resolve("ws"));
        Path copy = temp.resolve("copy");
        copyTree(folder, copy);
        StoreException refused = assertThrows(StoreException.class,
                () -> store.open(copy, DatabaseKey.of("guessed-key-123")));
        assertTrue(refused.getMessage().contains("the database key is wrong"), refused.getMessage());
        assertTrue(refused.getMessage().contains(copy.toAbsolutePath().toString()), refused.getMessage());
        try (StudyDatabase database = store.open(copy, KEY)) {
            assertEquals("ENC", database.study("ENC-1").orElseThrow().acronym(), "the right key still opens it");
        }
    }

    @Test
    void aKeyShorterThanEightCharactersIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DatabaseKey.of("short"));
        assertEquals("the database key must have at least 8 characters", refused.getMessage());
        assertFalse(KEY.toString().contains("clinic"), "a key never prints itself");
    }

    @Test
    void aBackupRestoresEncryptedWithItsAuditTrailVerified() throws IOException {
        Path folder = createStudy(temp.resolve("ws"));
        Path file = temp.resolve("backups/ws.zip");
        BackupSummary backup;
        try (StudyDatabase database = store.open(folder, KEY)) {
            backup = database.backup(file, ChangeContext.firstEntry("admin"));
        }
        assertTrue(Files.isRegularFile(file));
        assertTrue(backup.audit().intact());
        assertTrue(backup.files() > 10, "every Derby file: " + backup.files());

        Path restored = temp.resolve("restored");
        BackupSummary summary = store.restore(file, restored, KEY, database -> { });
        assertTrue(summary.audit().intact(), summary.audit().message());
        assertFalse(anyFileContains(restored, MARKER), "still encrypted after the restore");
        try (StudyDatabase database = store.open(restored, KEY)) {
            assertEquals(MARKER + " trial of encrypted storage", database.loadStudy("ENC-1").orElseThrow().getTitle());
            assertTrue(database.auditTrail("").stream().anyMatch(e -> e.action().equals("BACKUP")),
                    "the backup itself is in the audit trail");
        }
        StoreException again = assertThrows(StoreException.class,
                () -> store.restore(file, restored, KEY, database -> { }));
        assertTrue(again.getMessage().contains("already holds a study database"), again.getMessage());
    }

    @Test
    void aDamagedBackupOrAWrongKeyOrARefusalRestoresNothing() throws IOException {
        Path folder = createStudy(temp.resolve("ws"));
        Path file = temp.resolve("ws.zip");
        try (StudyDatabase database = store.open(folder, KEY)) {
            database.backup(file, ChangeContext.firstEntry("admin"));
        }
        Path damaged = temp.resolve("damaged.zip");
        flipOneByteOfTheData(file, damaged);
        StoreException altered = assertThrows(StoreException.class,
                () -> store.restore(damaged, temp.resolve("r1"), KEY, database -> { }));
        assertTrue(altered.getMessage().contains("damaged or altered"), altered.getMessage());
        assertFalse(Files.exists(temp.resolve("r1/database")), "nothing left behind");

        StoreException wrongKey = assertThrows(StoreException.class,
                () -> store.restore(file, temp.resolve("r2"), DatabaseKey.of("not-the-key-9"), database -> { }));
        assertTrue(wrongKey.getMessage().contains("the database key is wrong"), wrongKey.getMessage());
        assertFalse(Files.exists(temp.resolve("r2/database")), "nothing left behind");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> store.restore(file, temp.resolve("r3"), KEY, database -> {
                    throw new IllegalStateException("not an administrator");
                }));
        assertEquals("not an administrator", refused.getMessage());
        assertFalse(Files.exists(temp.resolve("r3/database")), "nothing left behind");
    }

    /** Copies the backup with one byte of one database file changed. */
    private static void flipOneByteOfTheData(Path from, Path to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            boolean flipped = false;
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] bytes = in.readAllBytes();
                if (!flipped && entry.getName().startsWith("database/seg0/") && bytes.length > 100) {
                    bytes[100] ^= 0x01;
                    flipped = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            assertTrue(flipped);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
