package org.stroma.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.Study;
import org.stroma.store.AuditVerification;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;

/**
 * A writer process is killed (SIGKILL) in the middle of a stream of saves. On reopening,
 * every save it reported is there, nothing half-written is visible, and the audit chain holds.
 */
@ExtendWith(ServiceExtension.class)
class CrashSafetyTest {

    private static final int SAVES_BEFORE_KILL = 25;

    @InjectService
    StudyStore store;

    @TempDir
    Path temp;

    @Test
    void acknowledgedSavesSurviveAKilledWriter() throws Exception {
        Path folder = temp.resolve("crash");
        Process writer = new ProcessBuilder(javaExecutable(), "-cp", classPath(), CrashWriter.class.getName(),
                folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < SAVES_BEFORE_KILL && (line = out.readLine()) != null) {
                acknowledged = Integer.parseInt(line.substring("saved ".length()));
            }
            writer.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no clean close
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer was killed");
        }
        assertEquals(SAVES_BEFORE_KILL, acknowledged, "the writer reported its saves before it was killed");

        try (StudyDatabase database = store.open(folder, org.stroma.store.DatabaseKey.of("stroma-demo-key"))) {
            Study study = database.loadStudy("CRASH").orElseThrow();
            List<AdverseEvent> events = study.getSubjects().get(0).getAdverseEvents();
            // Saves may have gone on between the last report read and the kill, never fewer.
            assertTrue(events.size() >= acknowledged, events.size() + " events, " + acknowledged + " acknowledged");
            for (int i = 0; i < events.size(); i++) {
                AdverseEvent event = events.get(i);
                assertEquals("ae-" + (i + 1), event.getId(), "events in order, none missing");
                assertTrue(event.getTerm().startsWith("Event number " + (i + 1) + " "), "whole text of event " + (i + 1));
                assertEquals(1 + (i + 1) % 3, event.getCtcaeGrade());
            }
            AuditVerification audit = database.verifyAudit();
            assertTrue(audit.intact(), audit.message());
            long created = database.auditTrail("CRASH").stream()
                    .filter(e -> e.action().equals("CREATE") && e.type().equals("AdverseEvent")).count();
            assertEquals(events.size(), created, "one audited creation per stored event, no more, no less");
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The jars (or class folders) of the bundles the writer needs, as a plain class path. */
    private static String classPath() throws Exception {
        Bundle derby = Arrays.stream(FrameworkUtil.getBundle(CrashSafetyTest.class).getBundleContext().getBundles())
                .filter(b -> "derby".equals(b.getSymbolicName())).findFirst().orElseThrow();
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(CrashWriter.class, StudyStore.class, Study.class,
                org.eclipse.emf.ecore.EObject.class, org.eclipse.emf.common.util.URI.class,
                derby.loadClass("org.apache.derby.iapi.jdbc.AutoloadedDriver"),
                derby.loadClass("org.apache.derby.shared.common.reference.SQLState"))) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
