package org.stroma.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;
import org.stroma.cli.CommandDispatcher;

/**
 * {@code stroma dose}: worked examples from the study designs with the arithmetic written out,
 * the JSON form read back, and refusals that name the option. No database, no sign-in.
 */
@ExtendWith(ServiceExtension.class)
class DoseCommandTest {

    private static final String[] FACIAL_ADSC = {"dose", "adsc", "--dose", "5 x 10^5 cells/mL", "--graft-volume",
        "20 mL", "--viability", "80", "--losses", "10"};

    @InjectService
    CommandDispatcher stroma;

    private CommandRun ok(String... args) {
        CommandRun run = CommandRun.with(Map.of(), stroma, args);
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        return run;
    }

    private Map<String, Object> json(String... args) {
        String[] withFormat = java.util.Arrays.copyOf(args, args.length + 2);
        withFormat[args.length] = "--format";
        withFormat[args.length + 1] = "json";
        return Json.object(ok(withFormat).out());
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

    private static String line(CommandRun run, String label) {
        return run.out().lines().filter(l -> l.startsWith("  " + label + "  ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + label + "' in\n" + run.out()))
                .substring(label.length() + 2).strip();
    }

    private static BigDecimal value(Map<String, Object> json, String group, String field) {
        return (BigDecimal) Json.member(json, group, field, "value");
    }

    private static void assertNumber(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), "expected " + expected + ", got " + actual);
    }

    @Test
    void adscDoseOfTheFacialTrialInText() {
        CommandRun run = ok(FACIAL_ADSC);
        // 20 mL of fat x 5 x 10^5 cells/mL = 1.0 x 10^7 viable cells to deliver
        BigDecimal delivered = new BigDecimal("20").multiply(new BigDecimal("5e5"));
        assertNumber(new BigDecimal("1e7"), delivered);
        // 10 % lost in processing: 1.0e7 / 0.9 = 11111111.1; at 80 % viability: / 0.8 = 13888888.9, rounded up
        BigDecimal beforeLosses = delivered.divide(new BigDecimal("0.9"), MathContext.DECIMAL64);
        BigDecimal toPrepare = beforeLosses.divide(new BigDecimal("0.8"), MathContext.DECIMAL64)
                .setScale(0, RoundingMode.CEILING);
        assertEquals("13888889", toPrepare.toPlainString());
        assertTrue(run.out().startsWith("ADSC dose (formula adsc-dose/1)"), run.out());
        assertEquals("5.0 × 10⁵ cells/mL of fat", line(run, "Dose"));
        assertEquals("20.0 mL", line(run, "Graft volume"));
        assertEquals("80 %", line(run, "Viability"));
        assertEquals("10 %", line(run, "Processing losses"));
        assertEquals("1.0 × 10⁷ cells (10000000)", line(run, "Viable cells to deliver"));
        assertEquals("1.1 × 10⁷ cells (" + beforeLosses.setScale(0, RoundingMode.HALF_UP) + ")",
                line(run, "Viable cells before losses"));
        assertEquals("1.4 × 10⁷ cells (" + toPrepare + ")", line(run, "Cells to prepare"));
    }

    @Test
    void adscDoseInJsonReadsBackWithInputsFormulaAndResults() {
        Map<String, Object> json = json(FACIAL_ADSC);
        assertEquals("adsc", json.get("calculation"));
        assertEquals("adsc-dose", Json.member(json, "formula", "id"));
        assertNumber(BigDecimal.ONE, (BigDecimal) Json.member(json, "formula", "version"));
        assertNumber(new BigDecimal("500000"), value(json, "inputs", "dose"));
        assertEquals("cells/mL", Json.member(json, "inputs", "dose", "unit"));
        assertNumber(new BigDecimal("20"), value(json, "inputs", "graftVolume"));
        assertEquals("mL", Json.member(json, "inputs", "graftVolume", "unit"));
        assertNumber(new BigDecimal("80"), value(json, "inputs", "viabilityPercent"));
        assertEquals("%", Json.member(json, "inputs", "viabilityPercent", "unit"));
        assertNumber(new BigDecimal("10"), value(json, "inputs", "processingLossPercent"));
        assertEquals(null, Json.member(json, "inputs", "fatDensity"));
        assertNumber(new BigDecimal("1e7"), value(json, "results", "viableCellsToDeliver"));
        assertEquals("cells", Json.member(json, "results", "viableCellsToDeliver", "unit"));
        // 1.0e7 / 0.9, to the 16 significant digits the calculator divides to
        assertNumber(new BigDecimal("11111111.11111111"), value(json, "results", "viableCellsBeforeLosses"));
        assertNumber(new BigDecimal("13888889"), value(json, "results", "cellsToPrepare"));
    }

    @Test
    void everyWayOfWritingTheDoseGivesTheSameResult() {
        for (String dose : List.of("5e5 cells/mL", "5×10⁵ cells/mL", "5 x 10^5/mL", "500000 cells/mL",
                "5 x 10^8 cells/L")) {
            Map<String, Object> json = json("dose", "adsc", "--dose", dose, "--graft-volume", "0.02 L");
            assertNumber(new BigDecimal("1e7"), value(json, "results", "cellsToPrepare"));
            assertNumber(new BigDecimal("20"), value(json, "inputs", "graftVolume"));
        }
    }

    @Test
    void viabilityAndLossesDefaultToAllCellsAndNoLossAndSaySo() {
        CommandRun run = ok("dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL");
        assertEquals("100 %", line(run, "Viability"));
        assertEquals("0 %", line(run, "Processing losses"));
        assertEquals("1.0 × 10⁷ cells (10000000)", line(run, "Cells to prepare"));
    }

    @Test
    void aDosePerGramIsConvertedThroughTheFatDensity() {
        // 5 x 10^5 cells/g x 0.9 g/mL = 4.5 x 10^5 cells/mL; x 20 mL = 9.0 x 10^6
        Map<String, Object> json = json("dose", "adsc", "--dose", "5e5 cells/g", "--graft-volume", "20 mL",
                "--fat-density", "0.9 g/mL");
        assertNumber(new BigDecimal("450000"), value(json, "results", "dosePerMillilitre"));
        assertNumber(new BigDecimal("9e6"), value(json, "results", "viableCellsToDeliver"));
        assertNumber(new BigDecimal("0.9"), value(json, "inputs", "fatDensity"));
        assertEquals("g/mL", Json.member(json, "inputs", "fatDensity", "unit"));
    }

    @Test
    void productCheckJudgesUnderWithinAndOver() {
        // target 20 mL x 5e5 = 1.0e7 viable cells; +/- 10 % accepts 9.0e6 to 1.1e7
        String[] check = {"dose", "product-check", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
            "--viability", "85", "--losses", "10", "--tolerance", "10", "--counted"};
        // 1.3e7 counted x 0.85 x 0.9 = 9.945e6: within, 0.55 % short
        CommandRun within = ok(with(check, "1.3e7 cells"));
        assertEquals("WITHIN TOLERANCE", line(within, "Verdict"));
        assertEquals("9.9 × 10⁶ cells (9945000)", line(within, "Deliverable viable cells"));
        assertEquals("-0.6 %", line(within, "Deviation from target"));
        assertEquals("9.0 × 10⁶ cells to 1.1 × 10⁷ cells", line(within, "Accepted range"));
        assertTrue(within.out().startsWith("ADSC product check (formula adsc-dose-check/1)"), within.out());
        // 1.0e7 x 0.85 x 0.9 = 7.65e6: under
        assertEquals("UNDER DOSE", line(ok(with(check, "1.0e7")), "Verdict"));
        // 1.6e7 x 0.85 x 0.9 = 1.224e7: over
        Map<String, Object> over = json(with(check, "1.6 x 10^7 cells"));
        assertEquals("OVER_DOSE", Json.member(over, "results", "verdict"));
        assertNumber(new BigDecimal("12240000"), value(over, "results", "deliverableViableCells"));
        assertNumber(new BigDecimal("22.4"), (BigDecimal) Json.member(over, "results", "deviationPercent", "value"));
        assertEquals("adsc-dose-check", Json.member(over, "formula", "id"));
        assertNumber(new BigDecimal("1.6e7"), value(over, "inputs", "countedCells"));
    }

    @Test
    void productCheckCountsTheToleranceEdgeAsWithin() {
        // 1.0e7 counted x 100 % x (1 - 0.1) = 9.0e6, exactly the lowest accepted
        CommandRun run = ok("dose", "product-check", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
                "--counted", "1e7", "--viability", "100 %", "--losses", "10", "--tolerance", "10");
        assertEquals("WITHIN TOLERANCE", line(run, "Verdict"));
    }

    private static String[] with(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    @Test
    void svfMixByRatioForTheFacialAndHandProtocols() {
        // facial trial: SVF:fat = 1:1 with 20 mL of fat -> 20 mL SVF, 40 mL in all
        Map<String, Object> facial = json("dose", "svf-mix", "--ratio", "1:1", "--fat-volume", "20 mL");
        assertEquals("svf-mix-ratio", Json.member(facial, "formula", "id"));
        assertNumber(new BigDecimal("20"), value(facial, "results", "svfVolume"));
        assertNumber(new BigDecimal("40"), value(facial, "results", "totalVolume"));
        assertEquals(null, Json.member(facial, "results", "cells"));
        assertEquals("FAT_VOLUME", Json.member(facial, "inputs", "basis"));
        // hand protocol: 2 mL of SVF at 5e6 cells/mL with fat 1:20 -> 40 mL fat, 1.0e7 cells in 42 mL
        CommandRun hand = ok("dose", "svf-mix", "--ratio", "1:20", "--svf-volume", "2 mL", "--svf-concentration",
                "5e6 cells/mL");
        assertEquals("40.0 mL", line(hand, "Fat"));
        assertEquals("42.0 mL", line(hand, "Total mix"));
        assertEquals("1.0 × 10⁷ cells (10000000)", line(hand, "Cells in the mix"));
        // 1.0e7 / 42 mL = 2.38e5 cells/mL of mix; / 40 mL = 2.5e5 cells/mL of fat
        assertEquals("2.4 × 10⁵ cells/mL", line(hand, "Cells per mL of mix"));
        assertEquals("2.5 × 10⁵ cells/mL", line(hand, "Cells per mL of fat"));
    }

    @Test
    void svfMixToATargetConcentration() {
        // 5e5 cells per mL of fat from a 2e6 cells/mL suspension: SVF:fat = 5e5:2e6 = 1:4; 20 mL fat -> 5 mL SVF
        Map<String, Object> perFat = json("dose", "svf-mix", "--target-concentration", "5e5 cells/mL", "--per", "fat",
                "--svf-concentration", "2e6 cells/mL", "--fat-volume", "20 mL");
        assertEquals("svf-mix-concentration", Json.member(perFat, "formula", "id"));
        assertNumber(new BigDecimal("5"), value(perFat, "results", "svfVolume"));
        assertNumber(new BigDecimal("5e5"), value(perFat, "results", "cellsPerMillilitreOfFat"));
        // 5e5 cells per mL of mix: SVF:fat = 5e5:(2e6 - 5e5) = 1:3; 40 mL of mix -> 10 mL SVF + 30 mL fat
        Map<String, Object> perMix = json("dose", "svf-mix", "--target-concentration", "5e5 cells/mL", "--per", "mix",
                "--svf-concentration", "2e6 cells/mL", "--total-volume", "40 mL");
        assertNumber(new BigDecimal("10"), value(perMix, "results", "svfVolume"));
        assertNumber(new BigDecimal("30"), value(perMix, "results", "fatVolume"));
        assertEquals("PER_MILLILITRE_OF_MIX", Json.member(perMix, "inputs", "concentrationBasis"));
    }

    private static final String[] EXPANSION = {"dose", "expansion", "--lipoaspirate", "50 mL", "--svf-yield",
        "5 x 10^5 cells/mL", "--target-cells", "1e8", "--max-passage", "4", "--attachment", "10",
        "--plating-density", "2.5e4 cells/cm2", "--doubling-time", "36 h", "--lag-time", "0 h",
        "--confluent-density", "4e4 cells/cm2", "--harvest-confluence", "100", "--split", "1:4", "--vessel"};

    @Test
    void expansionToOneHundredMillionCells() {
        // 50 mL x 5e5 = 2.5e7 SVF cells plated at 2.5e4/cm2 on 1000 cm2 (6 T175 flasks); 10 % attach:
        // 2.5e3/cm2 grow to 4e4/cm2 in log2(16) = 4 doublings = 144 h -> 4e7 cells.
        // P1 split 1:4 on 4000 cm2 (23 T175): 2 doublings = 72 h -> 1.6e8 >= 1e8. 216 h = 9 days.
        CommandRun run = ok(with(EXPANSION, "T175"));
        assertTrue(run.out().startsWith("ADSC expansion plan (formula adsc-expansion/1)"), run.out());
        assertEquals("2.5 × 10⁷ cells (25000000)", line(run, "SVF cells"));
        assertEquals("P1", line(run, "Final passage"));
        assertEquals("1.6 × 10⁸ cells (160000000)", line(run, "Cells at final harvest"));
        assertEquals("6.0", line(run, "Population doublings"));
        assertEquals("9.0 d", line(run, "Plating to final harvest"));
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+P0\\s+.*\\s6 x T175 flask\\s.*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+P1\\s+.*\\s23 x T175 flask\\s.*")), run.out());

        Map<String, Object> json = json(with(EXPANSION, "T175"));
        assertNumber(new BigDecimal("9"), value(json, "results", "totalDuration"));
        assertEquals("d", Json.member(json, "results", "totalDuration", "unit"));
        @SuppressWarnings("unchecked")
        List<Object> passages = (List<Object>) Json.member(json, "results", "passages");
        assertEquals(2, passages.size());
        assertNumber(new BigDecimal("23"), (BigDecimal) Json.member(Json.cast(passages.get(1)), "vessels"));
        assertEquals(Boolean.FALSE, Json.member(json, "results", "exceedsMaxPassage"));
    }

    @Test
    void expansionOnAVesselOfItsOwnAreaAndBeyondTheHighestPassage() {
        // 1000 cm2 / 636 cm2 -> 2 vessels; 4000 cm2 / 636 cm2 -> 7
        CommandRun run = ok(with(EXPANSION, "636 cm2"));
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+P0\\s+.*\\s2 x 636 cm2 vessel\\s.*")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+P1\\s+.*\\s7 x 636 cm2 vessel\\s.*")), run.out());
        String[] atMostP0 = EXPANSION.clone();
        atMostP0[java.util.Arrays.asList(EXPANSION).indexOf("--max-passage") + 1] = "0";
        assertTrue(line(ok(with(atMostP0, "T175")), "Final passage").contains("ABOVE THE HIGHEST PASSAGE ALLOWED (P0)"));
    }

    @Test
    void ecmGelBothWays() {
        // 100 mL lipoaspirate x 50 % concentrated x 30 % gel = 15 mL; and back
        CommandRun yield = ok("dose", "ecm-gel", "--lipoaspirate", "100 mL", "--concentrated-fat", "50",
                "--gel-yield", "30");
        assertEquals("15.0 mL", line(yield, "ECM/SVF-gel"));
        assertTrue(yield.out().startsWith("ECM/SVF-gel (formula ecm-svf-gel-yield/1)"), yield.out());
        Map<String, Object> harvest = json("dose", "ecm-gel", "--gel-volume", "15 mL", "--concentrated-fat", "50",
                "--gel-yield", "30");
        assertEquals("ecm-svf-gel-harvest", Json.member(harvest, "formula", "id"));
        assertNumber(new BigDecimal("100"), value(harvest, "results", "lipoaspirate"));
    }

    @Test
    void refusalsNameTheOption() {
        assertTrue(refused("graft-volume", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "0 mL")
                .contains("must be greater than zero"));
        assertTrue(refused("viability", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
                "--viability", "120").contains("at most 100 % (got 120 %)"));
        assertTrue(refused("viability", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
                "--viability", "eighty").contains("'eighty' is not a number"));
        assertTrue(refused("viability", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
                "--viability", "80 mL").contains("'80 mL' is not a percentage"));
        assertTrue(refused("dose", "dose", "adsc", "--dose", "five hundred thousand", "--graft-volume", "20 mL")
                .contains("is not a number"));
        assertTrue(refused("dose", "dose", "adsc", "--dose", "500,000 cells/mL", "--graft-volume", "20 mL")
                .contains("comma"));
        assertTrue(refused("graft-volume", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20")
                .contains("has no unit"));
        assertTrue(refused("graft-volume", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 g")
                .contains("a volume (mL) is needed"));
        assertTrue(refused("losses", "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
                "--losses", "100").contains("less than 100 %"));
        assertTrue(refused("dose", "dose", "adsc", "--dose", "5e5 cells/g", "--graft-volume", "20 mL")
                .contains("fat density"));
        assertTrue(refused("tolerance", "dose", "product-check", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL",
                "--counted", "1e7", "--viability", "80", "--tolerance", "-5").contains("at least 0 %"));
        assertTrue(refused("ratio", "dose", "svf-mix", "--ratio", "1:0", "--fat-volume", "20 mL")
                .contains("greater than zero"));
        assertTrue(refused("total-volume", "dose", "svf-mix", "--ratio", "1:1", "--total-volume", "0 mL")
                .contains("greater than zero"));
        assertTrue(refused("target-concentration", "dose", "svf-mix", "--target-concentration", "3e6 cells/mL",
                "--per", "mix", "--svf-concentration", "2e6 cells/mL", "--total-volume", "10 mL").contains("dilute"));
        String[] noSplit = with(EXPANSION, "T175");
        noSplit[java.util.Arrays.asList(noSplit).indexOf("--split") + 1] = "1:1";
        assertTrue(refused("split", noSplit).contains("must be greater than 1"));
        assertTrue(refused("vessel", with(EXPANSION, "75 mL")).contains("an area (cm²) is needed"));
    }

    @Test
    void theCommandLineItselfIsChecked() {
        for (String[] args : List.of(new String[] {"dose"}, new String[] {"dose", "insulin"},
                new String[] {"dose", "adsc", "--graft-volume", "20 mL"},
                new String[] {"dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL", "--counted", "1e7"},
                new String[] {"dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume", "20 mL", "--format", "xml"},
                new String[] {"dose", "svf-mix", "--ratio", "1:1", "--fat-volume", "20 mL", "--svf-volume", "1 mL"})) {
            CommandRun run = CommandRun.with(Map.of(), stroma, args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.singleErrorLine().startsWith("stroma dose: "), run.err());
            assertEquals("", run.out());
        }
        assertTrue(CommandRun.with(Map.of(), stroma, "dose", "adsc", "--dose", "5e5 cells/mL", "--graft-volume",
                "20 mL", "--counted", "1e7").err().contains("--counted does not apply to dose adsc"));
    }

    @Test
    void helpListsTheCalculationsAndTheirOptions() {
        CommandRun help = ok("dose", "--help");
        assertTrue(help.out().startsWith("Usage: stroma dose adsc|product-check|svf-mix|expansion|ecm-gel"),
                help.out());
        for (String option : List.of("--graft-volume VOLUME", "--counted CELLS", "--ratio SVF:FAT", "--split 1:N",
                "--gel-yield PERCENT", "--format text|json")) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
        assertTrue(ok("help").out().lines().anyMatch(l -> l.matches("  dose +dosing calculator.*")));
    }

    /** Just enough JSON (RFC 8259) to read the command's output back: objects, arrays, strings, numbers, literals. */
    static final class Json {

        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Map<String, Object> object(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new AssertionError("text after the JSON value at " + json.at + ": " + text);
            }
            return cast(value);
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> cast(Object value) {
            if (!(value instanceof Map)) {
                throw new AssertionError("not a JSON object: " + value);
            }
            return (Map<String, Object>) value;
        }

        /** The member at {@code path}, e.g. {@code "results", "cellsToPrepare", "value"}. */
        static Object member(Map<String, Object> object, String... path) {
            Object value = object;
            for (String name : path) {
                Map<String, Object> current = cast(value);
                if (!current.containsKey(name)) {
                    throw new AssertionError("no member '" + name + "' in " + current.keySet());
                }
                value = current.get(name);
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    Map<String, Object> members = new LinkedHashMap<>();
                    at++;
                    space();
                    if (text.charAt(at) == '}') {
                        at++;
                        return members;
                    }
                    do {
                        space();
                        String name = string();
                        space();
                        expect(':');
                        members.put(name, value());
                        space();
                    } while (text.charAt(at++) == ',');
                    if (text.charAt(at - 1) != '}') {
                        throw new AssertionError("expected } at " + (at - 1));
                    }
                    return members;
                }
                case '[' -> {
                    List<Object> items = new ArrayList<>();
                    at++;
                    space();
                    if (text.charAt(at) == ']') {
                        at++;
                        return items;
                    }
                    do {
                        items.add(value());
                        space();
                    } while (text.charAt(at++) == ',');
                    if (text.charAt(at - 1) != ']') {
                        throw new AssertionError("expected ] at " + (at - 1));
                    }
                    return items;
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    for (String literal : List.of("true", "false", "null")) {
                        if (text.startsWith(literal, at)) {
                            at += literal.length();
                            return literal.equals("null") ? null : Boolean.valueOf(literal);
                        }
                    }
                    int start = at;
                    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                        at++;
                    }
                    String number = text.substring(start, at);
                    if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                        throw new AssertionError("not a JSON number at " + start + ": '" + number + "'");
                    }
                    return new BigDecimal(number);
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 't' -> value.append('\t');
                        case 'r' -> value.append('\r');
                        case 'u' -> {
                            value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            at++;
            return value.toString();
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new AssertionError("expected '" + c + "' at " + at + " in " + text);
            }
            at++;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
