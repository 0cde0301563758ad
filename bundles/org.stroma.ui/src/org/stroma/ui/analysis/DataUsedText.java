package org.stroma.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.stroma.analysis.api.AnalysisResult;
import org.stroma.analysis.api.DataUsed;
import org.stroma.analysis.api.Exclusion;
import org.stroma.analysis.study.PreparedInput;

/**
 * What a result was computed from, in words: the variable and visit, the values each group gave
 * (the "analysed" n of a CONSORT diagram) and every subject left out with the reason.
 */
final class DataUsedText {

    private DataUsedText() {
    }

    static List<String> lines(AnalysisResult result, PreparedInput prepared) {
        DataUsed data = result.data();
        List<String> lines = new ArrayList<>();
        Map<String, Integer> byGroup = prepared.valuesByGroup(result);
        String counts = byGroup.isEmpty() ? ""
                : "; " + byGroup.entrySet().stream().map(e -> e.getKey() + " n = " + e.getValue())
                        .collect(Collectors.joining(", "));
        lines.add("Data used: " + data.variable() + (data.visit().isEmpty() ? "" : " (" + data.visit() + ")") + ": "
                + data.observations() + (data.observations() == 1 ? " value" : " values") + counts);
        List<Exclusion> excluded = prepared.exclusions(result);
        lines.add("Excluded (" + excluded.size() + ")" + (excluded.isEmpty() ? ": none" : ":"));
        for (Exclusion exclusion : excluded) {
            lines.add("  " + exclusion.subject() + (exclusion.group().isEmpty() ? "" : " (" + exclusion.group() + ")")
                    + ": " + exclusion.reason());
        }
        return lines;
    }
}
