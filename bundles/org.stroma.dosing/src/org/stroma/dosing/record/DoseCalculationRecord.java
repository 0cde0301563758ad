package org.stroma.dosing.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.stroma.dosing.DosingResult;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.StudyFactory;

/**
 * Turns a dosing result into the {@link DoseCalculation} record saved with a subject's procedure:
 * what was calculated, the formula and its version ({@code adsc-dose/1}), the inputs and the
 * result in the very lines {@code stroma dose} prints (from {@link DoseReports}), who calculated
 * and when. The result carries its validated request, so the record needs nothing else.
 *
 * @since 0.1
 */
public final class DoseCalculationRecord {

    private DoseCalculationRecord() {
    }

    /**
     * A new record of {@code result}, not yet in any procedure (see {@link ProcedureDosing#save}).
     *
     * @param calculatedBy the signed-in user's name
     * @param calculatedAt when it was calculated; kept to the millisecond, as the store keeps dates
     * @throws IllegalArgumentException when the user is blank
     */
    public static DoseCalculation of(DosingResult result, String calculatedBy, Instant calculatedAt) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(calculatedAt, "calculatedAt");
        if (calculatedBy == null || calculatedBy.isBlank()) {
            throw new IllegalArgumentException("a dose calculation is saved with the user who made it");
        }
        DoseReport report = DoseReports.of(result);
        DoseCalculation record = StudyFactory.eINSTANCE.createDoseCalculation();
        record.setCalculation(report.calculation());
        record.setFormulaVersion(result.formula().id() + "/" + result.formula().version());
        record.setInputs(String.join("\n", report.inputLines()));
        record.setResult(String.join("\n", report.resultLines()));
        record.setCalculatedBy(calculatedBy);
        record.setCalculatedAt(Date.from(calculatedAt.truncatedTo(ChronoUnit.MILLIS)));
        return record;
    }

    /** The lines of a saved text ({@code inputs} or {@code result}), each {@code label = value}. */
    public static List<String> lines(String saved) {
        return saved == null || saved.isEmpty() ? List.of() : saved.lines().toList();
    }
}
