package org.stroma.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.stroma.demo.DemoDatabase;
import org.stroma.demo.DemoStudies;
import org.stroma.exchange.csv.CsvExport;
import org.stroma.exchange.csv.CsvLayout;
import org.stroma.model.study.Study;

/** mRSS of the single-arm SSc hands study (7 subjects, baseline and 12 weeks) as CSV. */
class CsvExportTest {

    private static final int MRSS_SITES = 17;

    private static Study handsStudy() {
        return DemoStudies.create(DemoDatabase.SEED).stream()
                .filter(s -> s.getId().equals(DemoStudies.SSC_HAND_SVF)).findFirst().orElseThrow();
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void wideLayoutHasOneRowPerSubjectAndVisitWithEveryItemAndScore() throws IOException {
        StringBuilder out = new StringBuilder();
        assertEquals(14, CsvExport.write(handsStudy(), "mrss", CsvLayout.WIDE, out), "7 subjects x 2 visits");
        List<CSVRecord> rows = read(out.toString());
        assertEquals(14, rows.size());
        List<String> header = rows.get(0).getParser().getHeaderNames();
        assertEquals(List.of("study", "site", "subject", "visit", "date", "instrument", "instrument_version"),
                header.subList(0, 7));
        assertEquals(7 + MRSS_SITES + 2, header.size(), header.toString());
        for (CSVRecord row : rows) {
            // The total read back from the file equals the sum of the 17 site columns read back.
            int sum = IntStream.range(7, 7 + MRSS_SITES).map(i -> Integer.parseInt(row.get(i))).sum();
            assertEquals(sum, Integer.parseInt(row.get("score_total")), row.toString());
            assertEquals("SSC-HAND-SVF", row.get("study"));
            assertTrue(row.get("date").matches("\\d{4}-\\d{2}-\\d{2}"), row.get("date"));
        }
    }

    @Test
    void longLayoutHasOneRowPerValue() throws IOException {
        StringBuilder out = new StringBuilder();
        int written = CsvExport.write(handsStudy(), "mrss", CsvLayout.LONG, out);
        List<CSVRecord> rows = read(out.toString());
        assertEquals(14 * (MRSS_SITES + 2), rows.size());
        assertEquals(rows.size(), written);
        assertEquals(14 * MRSS_SITES, rows.stream().filter(r -> r.get("kind").equals("item")).count());
        assertTrue(rows.stream().filter(r -> r.get("kind").equals("score")).allMatch(r -> r.get("value").matches("\\d+")),
                "scores as plain decimals");
    }

    @Test
    void anInstrumentTheStudyDoesNotUseIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CsvExport.write(handsStudy(), "loscat", CsvLayout.LONG, new StringBuilder()));
        assertEquals("study SSC-HAND-SVF has no loscat assessments", refused.getMessage());
    }
}
