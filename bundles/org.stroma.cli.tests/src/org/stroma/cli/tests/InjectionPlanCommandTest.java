package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;

/**
 * {@code stroma dose injection-plan}: the published hand protocol (0.5 mL each side of each
 * finger joint, more at the thumb base, palm and dorsum), 4 x 0.25 mL per finger, and facial
 * regions, with the arithmetic written out; JSON read back; refusals that name the option.
 */
@ExtendWith(ServiceExtension.class)
class InjectionPlanCommandTest {

    @InjectService
    CommandDispatcher stroma;

    private CommandRun ok(String... args) {
        CommandRun run = CommandRun.with(Map.of(), stroma, args);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        return run;
    }

    private static String line(CommandRun run, String label) {
        return run.out().lines().filter(l -> l.startsWith("  " + label + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + label + "' in\n" + run.out()))
                .substring(label.length() + 2).strip();
    }

    /** The refusal: exit 2, one line on stderr naming the option, nothing on stdout. */
    private String refused(String option, String... args) {
        CommandRun run = CommandRun.with(Map.of(), stroma, args);
        assertEquals(2, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        String line = run.singleErrorLine();
        assertTrue(line.startsWith("stroma dose: --" + option + " "), line);
        return line;
    }

    @Test
    void theRightHandProtocolSiteBySiteWithTotals() {
        CommandRun run = ok("dose", "injection-plan", "--hand", "right", "--fingers", "2-5", "--per-joint-side",
                "0.5 mL", "--thumb-base", "2@1 mL", "--palm", "2@1.5mL", "--dorsum", "1 mL", "--cells-per-ml", "1e6",
                "--prepared", "42 mL");
        assertTrue(run.out().startsWith("Injection plan (formula injection-plan/1)"), run.out());
        // fingers 2-5, 3 joints each (MCP, PIP, DIP), 2 sides: 4 x 3 x 2 = 24 sites of 0.5 mL
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "  right hand, index finger, PIP joint, ulnar side +0\\.5 mL +5\\.0 × 10⁵ cells")), run.out());
        assertEquals(24, run.out().lines().filter(l -> l.matches(".* joint, (radial|ulnar) side +1 x 0\\.5 mL")).count());
        // thumb base 2 x 1 mL = 2 mL, palm 2 x 1.5 mL = 3 mL, dorsum 1 mL
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  right hand, palm +3\\.0 mL +3\\.0 × 10⁶ cells")),
                run.out());
        // 24 x 0.5 + 2 + 3 + 1 = 12 + 6 = 18 mL; 24 + 2 + 2 + 1 = 29 injections; 18 mL x 1e6/mL = 1.8e7 cells
        assertEquals("18.0 mL", line(run, "Total volume"));
        assertEquals("18.0 mL", line(run, "Volume, right hand"));
        assertEquals("29", line(run, "Total injections"));
        assertEquals("1.8 × 10⁷ cells (18000000)", line(run, "Total cells"));
        assertEquals("42.0 mL", line(run, "Volume prepared"));
        assertEquals("enough: 18.0 mL of the 42.0 mL prepared", line(run, "Volume check"));
    }

    @Test
    void fourTimesAQuarterMillilitrePerFingerAndTooLittlePrepared() {
        CommandRun run = ok("dose", "injection-plan", "--hand", "left", "--fingers", "1-5", "--per-finger",
                "4@0.25 mL", "--prepared", "4 mL");
        // 5 fingers x 4 x 0.25 mL = 5 x 1.0 mL = 5.0 mL, 20 injections; 4 mL is not enough
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  left hand, thumb +4 x 0\\.25 mL")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  left hand, little finger +1\\.0 mL")), run.out());
        assertEquals("5.0 mL", line(run, "Total volume"));
        assertEquals("20", line(run, "Total injections"));
        assertEquals("NOT ENOUGH: the plan needs 5.0 mL, 4.0 mL prepared", line(run, "Volume check"));
    }

    @Test
    void facialRegionsInJson() {
        CommandRun run = ok("dose", "injection-plan", "--region", "left-temple=2@1 mL", "--region",
                "glabella=0.5 mL", "--region", "right-cheek=3@0.5mL", "--cells-per-ml", "5e5 cells/mL", "--format",
                "json");
        Map<String, Object> json = DoseCommandTest.Json.object(run.out());
        assertEquals("injection-plan", json.get("calculation"));
        assertEquals("injection-plan", DoseCommandTest.Json.member(json, "formula", "id"));
        assertEquals("face", DoseCommandTest.Json.member(json, "inputs", "name"));
        @SuppressWarnings("unchecked")
        List<Object> sites = (List<Object>) DoseCommandTest.Json.member(json, "results", "sites");
        assertEquals(3, sites.size());
        Map<String, Object> temple = DoseCommandTest.Json.cast(sites.get(0));
        assertEquals("left temple", DoseCommandTest.Json.member(temple, "site", "site"));
        // 2 x 1 mL = 2 mL; 2 mL x 5e5 cells/mL = 1e6 cells
        assertNumber("2", DoseCommandTest.Json.member(temple, "volume", "value"));
        assertNumber("1e6", DoseCommandTest.Json.member(temple, "cells", "value"));
        assertEquals("glabella (midline)", DoseCommandTest.Json.member(DoseCommandTest.Json.cast(sites.get(1)), "site",
                "site"));
        // 2 + 0.5 + 3 x 0.5 = 4 mL; 4 mL x 5e5 cells/mL = 2e6 cells
        assertNumber("4", DoseCommandTest.Json.member(json, "results", "totalVolume", "value"));
        assertNumber("4", DoseCommandTest.Json.member(json, "results", "volumeByArea", "face", "value"));
        assertNumber("6", DoseCommandTest.Json.member(json, "results", "totalInjections"));
        assertNumber("2e6", DoseCommandTest.Json.member(json, "results", "totalCells", "value"));
    }

    private static void assertNumber(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), "expected " + expected + ", got " + actual);
    }

    @Test
    void refusalsNameTheOption() {
        assertTrue(refused("hand", "dose", "injection-plan", "--hand", "middle", "--palm", "1 mL")
                .contains("must be left or right"));
        assertTrue(refused("fingers", "dose", "injection-plan", "--hand", "right", "--fingers", "6",
                "--per-joint-side", "0.5 mL").contains("1 (thumb) to 5"));
        assertTrue(refused("joints", "dose", "injection-plan", "--hand", "right", "--fingers", "2-5", "--joints",
                "knuckle", "--per-joint-side", "0.5 mL").contains("'knuckle' is not a finger joint"));
        assertTrue(refused("joints", "dose", "injection-plan", "--hand", "right", "--fingers", "1", "--joints", "dip",
                "--per-joint-side", "0.5 mL").contains("DIP"), "the thumb has no DIP joint");
        assertTrue(refused("per-joint-side", "dose", "injection-plan", "--hand", "right", "--fingers", "2-5",
                "--per-joint-side", "0 mL").contains("greater than zero"));
        assertTrue(refused("per-joint-side", "dose", "injection-plan", "--hand", "right", "--fingers", "2-5",
                "--per-joint-side", "0.5").contains("has no unit"));
        assertTrue(refused("palm", "dose", "injection-plan", "--hand", "right", "--palm", "0@1 mL")
                .contains("the number of injections must be at least 1"));
        assertTrue(refused("palm", "dose", "injection-plan", "--hand", "right", "--palm", "1.5@1 mL")
                .contains("whole number"));
        assertTrue(refused("region", "dose", "injection-plan", "--region", "left-templ=1 mL")
                .contains("'templ' is not a facial region"));
        assertTrue(refused("region", "dose", "injection-plan", "--region", "left-temple").contains("names no volume"));
        assertTrue(refused("cells-per-ml", "dose", "injection-plan", "--region", "chin=1 mL", "--cells-per-ml",
                "1e6 cells/g").contains("cells per volume is needed"));
        for (String[] args : List.of(new String[] {"dose", "injection-plan"},
                new String[] {"dose", "injection-plan", "--palm", "1 mL"},
                new String[] {"dose", "injection-plan", "--hand", "right"},
                new String[] {"dose", "injection-plan", "--region", "chin=1 mL", "--dose", "5e5"},
                new String[] {"dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL", "--region",
                    "chin=1 mL"})) {
            CommandRun run = CommandRun.with(Map.of(), stroma, args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertEquals("", run.out());
        }
    }
}
