package org.stroma.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stroma.analysis.tests.Close.NO_PROGRESS;
import static org.stroma.analysis.tests.Close.close;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stroma.analysis.ConfidenceSettings;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.api.RepeatedVisits;
import org.stroma.analysis.api.ResultTable;
import org.stroma.analysis.api.SubjectVisits;
import org.stroma.analysis.descriptive.GraftVolumeRetention;

/** Reference values: R 4.2.2, printed by {@code reference/graft-retention.R}. */
class GraftVolumeRetentionTest {

    private static final String[] KEYS = {"n", "mean", "sd", "sem", "median", "q1", "q3", "iqr", "min", "max",
        "ci_lower", "ci_upper"};
    // graft-retention.R, rows AFG m3, AFG m6, SVF m3, SVF m6, ADSC m3, ADSC m6
    private static final double[][] R_SUMMARY = {
        {3, 55.263718263718268, 2.0255840792730875, 1.1694715134345375, 56, 54.486486486486491, 56.409090909090907, 1.9226044226044152, 52.972972972972983, 56.81818181818182, 50.23188846407492, 60.295548063361608},
        {3, 41.833333333333336, 2.753785273643051, 1.5898986690282428, 40.5, 40.25, 42.75, 2.5, 40, 45, 34.992551485013934, 48.674115181652738},
        {3, 72.094056278908653, 0.98295777608912827, 0.56751093662709418, 71.904761904761898, 71.562137049941924, 72.531328320802004, 0.96919127086007961, 71.219512195121951, 73.15789473684211, 69.652253798267409, 74.535858759549882},
        {2, 59.756097560975611, 0.34493013716416732, 0.24390243902438866, 59.756097560975611, 59.634146341463421, 59.878048780487802, 0.24390243902438158, 59.512195121951223, 60, 56.657023235079357, 62.855171886871851},
        {2, 77.111111111111114, 0.94280904158206003, 0.6666666666666643, 77.111111111111114, 76.777777777777771, 77.444444444444443, 0.6666666666666714, 76.444444444444443, 77.777777777777771, 68.640307953661349, 85.58191426856088},
        {2, 70.944444444444457, 1.021376461713901, 0.72222222222222143, 70.944444444444457, 70.583333333333343, 71.305555555555557, 0.72222222222221433, 70.222222222222229, 71.666666666666671, 61.767741023873853, 80.121147865015061},
    };

    static RepeatedVisits volumes() {
        return new RepeatedVisits("Graft volume, MRI (fat-selective, Cavalieri)", "mL", "Injected volume",
                List.of("Month 3", "Month 6"), List.of(
                    new SubjectVisits("S-01", "AFG", 20.0, List.of(11.2, 8.1)),
                    new SubjectVisits("S-02", "AFG", 18.5, List.of(9.8, 7.4)),
                    new SubjectVisits("S-03", "AFG", 22.0, List.of(12.5, 9.9)),
                    new SubjectVisits("S-04", "SVF", 21.0, List.of(15.1, 12.6)),
                    new SubjectVisits("S-05", "SVF", 19.0, List.of(13.9, Double.NaN)),
                    new SubjectVisits("S-06", "SVF", 20.5, List.of(14.6, 12.2)),
                    new SubjectVisits("S-07", "ADSC", 18.0, List.of(14.0, 12.9)),
                    new SubjectVisits("S-08", "ADSC", 22.5, List.of(17.2, 15.8)),
                    new SubjectVisits("S-09", "ADSC", Double.NaN, List.of(15.0, 13.1))));
    }

    @Test
    void retentionByGroupAndVisitMatchesR() {
        AnalysisResult result = new GraftVolumeRetention().run(volumes(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        ResultTable summary = result.requireTable("summary");
        assertEquals(6, summary.rowCount());
        for (int i = 0; i < 6; i++) {
            Close.row(summary, i, KEYS, R_SUMMARY[i], 1e-12);
        }
        assertEquals("SVF", summary.text(3, "group"));
        assertEquals("Month 6", summary.text(3, "visit"));
        assertEquals(1L, summary.value(3, "missing"));
        assertEquals(1L, summary.value(5, "missing"));
        ResultTable perSubject = result.requireTable("retention");
        close(11.2 / 20.0 * 100, perSubject.number(0, "retention"), 1e-14, "S-01 month 3");
        assertEquals(15, perSubject.rowCount());
    }

    @Test
    void recordsExclusions() {
        AnalysisResult result = new GraftVolumeRetention().run(volumes(), ConfidenceSettings.of(0.95), NO_PROGRESS);
        assertEquals(List.of(new Exclusion("S-05", "SVF", "volume missing at Month 6"),
                new Exclusion("S-09", "ADSC", "Injected volume missing")), result.data().exclusions());
        assertEquals(8, result.data().subjects().size());
        assertEquals(List.of("AFG", "SVF", "ADSC"), result.data().groups());
    }

    @Test
    void refusesNegativeVolumes() {
        RepeatedVisits negative = new RepeatedVisits("Graft volume", "mL", "Injected volume", List.of("Month 6"),
                List.of(new SubjectVisits("S-01", "AFG", 20, List.of(-1.0))));
        AnalysisInputException refused = assertThrows(AnalysisInputException.class,
                () -> new GraftVolumeRetention().run(negative, ConfidenceSettings.of(0.95), NO_PROGRESS));
        assertTrue(refused.getMessage().contains("S-01 has a negative volume"), refused.getMessage());
        AnalysisInputException visits = assertThrows(AnalysisInputException.class,
                () -> new RepeatedVisits("Graft volume", "mL", "Injected volume", List.of("Month 3", "Month 6"),
                        List.of(new SubjectVisits("S-01", "AFG", 20, List.of(10.0)))));
        assertTrue(visits.getMessage().contains("1 values for 2 visits"), visits.getMessage());
    }
}
