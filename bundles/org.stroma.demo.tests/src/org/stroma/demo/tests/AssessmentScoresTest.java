package org.stroma.demo.tests;

import static org.junit.jupiter.api.Assertions.*;
import static org.stroma.demo.tests.Studies.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.Scores;
import org.stroma.model.study.*;

/** Stored scores are what the instruments compute from the stored items; visits collect what they should. */
class AssessmentScoresTest {

    @Test
    void everyStoredScoreIsWhatTheInstrumentComputesFromTheStoredItems() {
        int assessments = 0;
        for (Study study : ALL) {
            for (Subject s : study.getSubjects()) {
                for (Assessment a : s.getAssessments()) {
                    Instrument instrument = INSTRUMENTS.get(a.getInstrumentId());
                    assertNotNull(instrument, a.getInstrumentId());
                    assertEquals(instrument.version(), a.getInstrumentVersion(), a.getId());
                    Scores recomputed = instrument.score(read(instrument, a));
                    Map<String, Double> stored = new LinkedHashMap<>();
                    a.getScoreValues().forEach(v -> stored.put(v.getCode(), v.getValue()));
                    assertEquals(recomputed.values(), stored, a.getId());
                    assertFalse(stored.isEmpty(), a.getId());
                    assessments++;
                }
            }
        }
        // LOS-FACE 18 LoSCAT + 18 pain + 17 x 3 at 6 months; LOS-HAIR 40 LoSCAT + 39 pain + 38 x 2;
        // SSC-HAND-SVF 7 x 7 x 2; SSC-HAND-RCT 18 completers x 6 x 2
        assertEquals(87 + 155 + 98 + 216, assessments);
    }

    @Test
    void itemsAreWrittenPlainly() {
        Assessment mrss = assessments("SSC-HAND-SVF", "mrss").get(0);
        assertTrue(mrss.getItemValues().stream().allMatch(v -> v.getValue().matches("[0-3]")), mrss.getId());
        assertEquals(17, mrss.getItemValues().size());
        Assessment haq = assessments("SSC-HAND-RCT", "haq-di").get(0);
        assertTrue(haq.getItemValues().stream().filter(v -> v.getCode().endsWith("Aids"))
                .allMatch(v -> v.getValue().equals("true") || v.getValue().equals("false")));
    }

    @Test
    void scoresCarryTheInstrumentsUnits() {
        Assessment pain = assessments("LOS-FACE", "vas-pain").get(0);
        assertEquals("mm", pain.getScoreValues().get(0).getUnit());
        Assessment retention = assessments("LOS-FACE", "fat-volume-retention").get(0);
        assertEquals("retentionPercent", retention.getScoreValues().get(0).getCode());
        assertEquals("%", retention.getScoreValues().get(0).getUnit());
    }

    @Test
    void fatRetentionIsMeasuredByMriCavalieriAtSixMonthsAndDiffersByArm() {
        Study face = study("LOS-FACE");
        Map<String, Double> meanByArm = face.getSubjects().stream()
                .flatMap(s -> s.getAssessments().stream()
                        .filter(a -> a.getInstrumentId().equals("fat-volume-retention"))
                        .map(a -> Map.entry(s.getAllocatedArm().getCode(), a)))
                .peek(e -> {
                    assertEquals("M6", e.getValue().getVisit().getCode());
                    assertTrue(e.getValue().isAssessorBlinded());
                    assertEquals("MRI_CAVALIERI", item(e.getValue(), "method"));
                })
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.averagingDouble(e -> e.getValue().getScoreValues().get(0).getValue())));
        assertEquals(Set.of("AFG", "SVF-AFG", "ADSC-AFG"), meanByArm.keySet());
        assertTrue(meanByArm.get("AFG") < meanByArm.get("SVF-AFG"), meanByArm.toString());
        assertTrue(meanByArm.get("AFG") < meanByArm.get("ADSC-AFG"), meanByArm.toString());
        assertTrue(meanByArm.get("AFG") > 25 && meanByArm.get("AFG") < 55, meanByArm.toString());
        assertTrue(meanByArm.get("ADSC-AFG") > 55 && meanByArm.get("ADSC-AFG") < 85, meanByArm.toString());
        assertEquals(17, assessments("LOS-FACE", "fat-volume-retention").size(), "one per completer");
    }

    @Test
    void injectedVolumeOfTheRetentionFormIsWhatTheProcedureInjected() {
        for (Subject s : completed(study("LOS-FACE"))) {
            Procedure grafting = s.getProcedures().stream().filter(p -> p.getType() == ProcedureType.FAT_GRAFTING)
                    .findFirst().orElseThrow();
            double injected = grafting.getInjectionSites().stream()
                    .mapToDouble(i -> i.getVolumeMl() * i.getInjectionCount()).sum();
            Assessment retention = s.getAssessments().stream()
                    .filter(a -> a.getInstrumentId().equals("fat-volume-retention")).findFirst().orElseThrow();
            assertEquals(injected, Double.parseDouble(item(retention, "injectedVolume")), 1e-9, s.getId());
        }
    }

    @Test
    void sscHandSvfCollectsAllSevenInstrumentsAtBaselineAndTwelveWeeks() {
        Set<String> seven = Set.of("mrss", "cochin-hand-function-scale", "kapandji", "ssc-haq",
                "raynauds-condition-score", "vas-pain", "finger-circumference");
        for (Subject s : completed(study("SSC-HAND-SVF"))) {
            assertEquals(seven, instrumentsAt(s, "BL"), s.getId());
            assertEquals(seven, instrumentsAt(s, "W12"), s.getId());
        }
        double before = meanScore("SSC-HAND-SVF", "mrss", "hand", "BL");
        double after = meanScore("SSC-HAND-SVF", "mrss", "hand", "W12");
        assertTrue(after < before, "hand mRSS should improve: " + before + " -> " + after);
    }

    @Test
    void sscHandRctCollectsSixInstrumentsAtBaselineAndSixMonthsInBothArms() {
        Set<String> six = Set.of("digital-ulcer-count", "vas-pain", "raynauds-condition-score", "haq-di",
                "capillary-refill-time", "skin-temperature");
        for (Subject s : completed(study("SSC-HAND-RCT"))) {
            assertEquals(six, instrumentsAt(s, "BL"), s.getId());
            assertEquals(six, instrumentsAt(s, "M6"), s.getId());
        }
        assertTrue(assessments("SSC-HAND-RCT", "vas-pain").stream().anyMatch(a -> "cm".equals(item(a, "unit"))),
                "one site reads the VAS in cm");
        assertTrue(assessments("SSC-HAND-RCT", "raynauds-condition-score").stream()
                .allMatch(a -> "0-100".equals(item(a, "scale"))));
    }

    @Test
    void losHairHasLoscatAtScreeningAndSixMonthsAndPainAfterSurgery() {
        for (Subject s : completed(study("LOS-HAIR"))) {
            assertEquals(Set.of("loscat"), instrumentsAt(s, "SCR"), s.getId());
            assertEquals(Set.of("vas-pain"), instrumentsAt(s, "M1"), s.getId());
            assertEquals(Set.of("loscat", "vas-pain"), instrumentsAt(s, "M6"), s.getId());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Reads the stored texts back by the item types, as a report that recomputes would. */
    private static ItemValues read(Instrument instrument, Assessment a) {
        ItemValues.Builder values = ItemValues.builder();
        for (ItemValue v : a.getItemValues()) {
            ItemDefinition item = instrument.item(v.getCode()).orElseThrow(() -> new AssertionError(v.getCode()));
            switch (item.type()) {
                case INTEGER, DECIMAL -> values.put(v.getCode(), Double.parseDouble(v.getValue()));
                case BOOLEAN -> values.put(v.getCode(), Boolean.parseBoolean(v.getValue()));
                case CHOICE -> values.put(v.getCode(), v.getValue());
            }
        }
        return values.build();
    }

    private static String item(Assessment a, String code) {
        return a.getItemValues().stream().filter(v -> v.getCode().equals(code)).map(ItemValue::getValue).findFirst()
                .orElseThrow();
    }

    private static List<Assessment> assessments(String studyId, String instrumentId) {
        return study(studyId).getSubjects().stream().flatMap(s -> s.getAssessments().stream())
                .filter(a -> a.getInstrumentId().equals(instrumentId)).toList();
    }

    private static Set<String> instrumentsAt(Subject s, String visitCode) {
        return s.getAssessments().stream().filter(a -> a.getVisit().getCode().equals(visitCode))
                .map(Assessment::getInstrumentId).collect(Collectors.toSet());
    }

    private static double meanScore(String studyId, String instrumentId, String scoreCode, String visitCode) {
        return assessments(studyId, instrumentId).stream().filter(a -> a.getVisit().getCode().equals(visitCode))
                .flatMap(a -> a.getScoreValues().stream()).filter(v -> v.getCode().equals(scoreCode))
                .mapToDouble(ScoreValue::getValue).average().orElseThrow();
    }
}
