package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.units.QuantityKind;

/** {@code stroma dose adsc}: the cells to prepare for an ADSC dose in cells per mL of fat. */
final class AdscDoseCalculation implements DoseCalculation<CellDoseResult> {

    /** Options shared with the product check: the target dose. */
    static final Map<String, String> TARGET_FIELDS = Map.of("dose", "dose", "graftVolume", "graft-volume",
            "fatDensity", "fat-density", "viabilityPercent", "viability", "processingLossPercent", "losses");

    private final CellDoseCalculator calculator;

    AdscDoseCalculation(CellDoseCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public String kind() {
        return DoseReports.ADSC;
    }

    @Override
    public String summary() {
        return "cells to prepare for an ADSC dose per mL of fat";
    }

    @Override
    public String synopsis() {
        return "--dose AMOUNT --graft-volume VOLUME [--viability PERCENT] [--losses PERCENT]\n"
                + "[--fat-density DENSITY]   (viability 100 % and losses 0 % unless given;\n"
                + "                           the density only for a dose per gram)";
    }

    @Override
    public List<String> options() {
        return List.of("dose", "graft-volume", "viability", "losses", "fat-density");
    }

    @Override
    public Map<String, String> optionOfField() {
        return TARGET_FIELDS;
    }

    @Override
    public CellDoseResult compute(DoseOptions options) {
        return calculator.dose(target(options, options.percent("viability", BigDecimal.valueOf(100))));
    }

    /** The target dose request; {@code viability} is the planned one or, for a check, the counted one. */
    static CellDoseRequest target(DoseOptions options, BigDecimal viability) {
        return new CellDoseRequest(
                options.amount("dose", "AMOUNT", QuantityKind.CELLS_PER_VOLUME, QuantityKind.CELLS_PER_MASS),
                options.volume("graft-volume"),
                options.optionalAmount("fat-density", QuantityKind.DENSITY),
                viability, options.percent("losses", BigDecimal.ZERO));
    }
}
