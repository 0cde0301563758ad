package org.stroma.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.stroma.store.StoreException;

/**
 * A backup file: a zip of Derby's online backup of the database folder (still encrypted), with
 * a checksum list {@value #CHECKSUMS} giving the SHA-256 of every file, so a damaged or altered
 * backup is refused before it is used.
 */
final class BackupArchive {

    static final String CHECKSUMS = "SHA256SUMS";
    private static final String PREFIX = "database/";
    private static final HexFormat HEX = HexFormat.of();

    /** What was unpacked. */
    record Contents(int files) {
    }

    private BackupArchive() {
    }

    /** Zips {@code databaseCopy} into {@code file}, written whole or not at all; returns the file count. */
    static int pack(Path databaseCopy, Path file) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(databaseCopy)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            StringBuilder sums = new StringBuilder();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (Path each : files) {
                    String name = PREFIX + databaseCopy.relativize(each).toString().replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(name));
                    MessageDigest sha256 = AuditLog.sha256();
                    try (InputStream in = new DigestInputStream(Files.newInputStream(each), sha256)) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    sums.append(HEX.formatHex(sha256.digest())).append("  ").append(name).append('\n');
                }
                zip.putNextEntry(new ZipEntry(CHECKSUMS));
                zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            move(partial, target);
            return files.size();
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("cannot write the backup " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Unpacks {@code file} into {@code database} after checking every entry against the checksum
     * list; on any failure nothing is left in {@code database}.
     */
    static Contents unpack(Path file, Path database) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("no backup file " + file);
        }
        Map<String, String> actual = new LinkedHashMap<>();
        String sums = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Files.createDirectories(database);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                String name = entry.getName();
                if (CHECKSUMS.equals(name)) {
                    sums = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    continue;
                }
                Path out = database.resolve(name.substring(PREFIX.length())).normalize();
                if (!name.startsWith(PREFIX) || !out.startsWith(database)) {
                    throw new StoreException(file + " is not a Stroma backup: it holds " + name);
                }
                Files.createDirectories(out.getParent());
                MessageDigest sha256 = AuditLog.sha256();
                try (OutputStream o = Files.newOutputStream(out)) {
                    new DigestInputStream(zip, sha256).transferTo(o);
                }
                actual.put(name, HEX.formatHex(sha256.digest()));
            }
            if (sums == null || actual.isEmpty()) {
                throw new StoreException(file + " is not a Stroma backup: it has no " + CHECKSUMS + " list");
            }
            check(file, sums, actual);
            return new Contents(actual.size());
        } catch (IOException e) {
            deleteQuietly(database);
            throw new StoreException("cannot read the backup " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(database);
            throw e;
        }
    }

    private static void check(Path file, String sums, Map<String, String> actual) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : sums.split("\n")) {
            if (!line.isBlank()) {
                expected.put(line.substring(66), line.substring(0, 64));
            }
        }
        List<String> problems = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            String got = actual.get(entry.getKey());
            if (got == null) {
                problems.add(entry.getKey() + " is missing");
            } else if (!got.equals(entry.getValue())) {
                problems.add(entry.getKey() + " does not match its checksum");
            }
        }
        actual.keySet().stream().filter(name -> !expected.containsKey(name))
                .forEach(name -> problems.add(name + " is not in the checksum list"));
        if (!problems.isEmpty()) {
            throw new StoreException("the backup " + file + " is damaged or altered: " + String.join("; ", problems)
                    + "; nothing was restored");
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: what is left is named by the caller's error.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
