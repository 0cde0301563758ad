package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
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
        return "adsc";
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

    @Override
    public void describe(CellDoseResult result, DoseText text) {
        CellDoseRequest in = result.inputs();
        text.heading("ADSC dose", result.formula()).section("Inputs");
        text.line("Dose", text.amount(in.dose()) + " of fat");
        in.fatDensity().ifPresent(density -> text.line("Fat density", text.amount(density))
                .line("Dose per mL of fat", text.amount(result.dosePerMillilitre())));
        text.line("Graft volume", text.amount(result.graftVolume()))
                .line("Viability", DoseText.percent(in.viabilityPercent()))
                .line("Processing losses", DoseText.percent(in.processingLossPercent()))
                .section("Results")
                .line("Viable cells to deliver", text.cells(result.viableCellsToDeliver()))
                .line("Viable cells before losses", text.cells(result.viableCellsBeforeLosses()))
                .line("Cells to prepare", text.cells(result.cellsToPrepare()))
                .note("delivered = dose x graft volume; before losses = delivered / (1 - losses);\n"
                        + "to prepare = delivered / ((1 - losses) x viability), rounded up to a whole cell");
    }
}
