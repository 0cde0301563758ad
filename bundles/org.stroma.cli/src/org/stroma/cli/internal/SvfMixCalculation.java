package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.cli.UsageException;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.svf.ConcentrationBasis;
import org.stroma.dosing.svf.MixBasis;
import org.stroma.dosing.svf.SvfMix;
import org.stroma.dosing.svf.SvfMixCalculator;
import org.stroma.dosing.svf.SvfMixConcentrationRequest;
import org.stroma.dosing.svf.SvfMixRatioRequest;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * {@code stroma dose svf-mix}: volumes of SVF suspension and fat to mix, by volume ratio (SVF:fat
 * 1:1 in the facial trial, 2 mL to 40 mL in a hand protocol) or to a target cell concentration.
 */
final class SvfMixCalculation implements DoseCalculation<SvfMix<?>> {

    private static final Map<String, MixBasis> VOLUME_OPTIONS = Map.of("fat-volume", MixBasis.FAT_VOLUME,
            "svf-volume", MixBasis.SVF_VOLUME, "total-volume", MixBasis.TOTAL_VOLUME);
    private static final Map<String, String> FIELDS = Map.of("svfParts", "ratio", "fatParts", "ratio",
            "svfConcentration", "svf-concentration", "targetConcentration", "target-concentration",
            "concentrationBasis", "per");

    private final SvfMixCalculator calculator;

    SvfMixCalculation(SvfMixCalculator calculator) {
        this.calculator = calculator;
    }

    @Override
    public String kind() {
        return "svf-mix";
    }

    @Override
    public String summary() {
        return "volumes of SVF suspension and fat to mix, by ratio or to a target concentration";
    }

    @Override
    public String synopsis() {
        return "(--ratio SVF:FAT [--svf-concentration CONC]\n"
                + " | --target-concentration CONC --per mix|fat --svf-concentration CONC)\n"
                + "and one of --fat-volume, --svf-volume or --total-volume VOLUME";
    }

    @Override
    public List<String> options() {
        return List.of("ratio", "target-concentration", "per", "svf-concentration", "fat-volume", "svf-volume",
                "total-volume");
    }

    @Override
    public Map<String, String> optionOfField() {
        return FIELDS;
    }

    @Override
    public SvfMix<?> compute(DoseOptions options) {
        List<String> given = VOLUME_OPTIONS.keySet().stream().filter(options::has).sorted().toList();
        if (given.size() != 1) {
            throw new UsageException("give exactly one of --fat-volume, --svf-volume or --total-volume"
                    + (given.isEmpty() ? "" : " (got --" + String.join(", --", given) + ")"));
        }
        String volumeOption = given.get(0);
        MixBasis basis = VOLUME_OPTIONS.get(volumeOption);
        Quantity<Volume> known = options.volume(volumeOption);
        boolean byRatio = options.has("ratio");
        if (byRatio == options.has("target-concentration")) {
            throw new UsageException("give either --ratio or --target-concentration");
        }
        try {
            if (byRatio) {
                BigDecimal[] parts = options.ratio("ratio", "SVF:FAT, e.g. 1:1", false);
                return calculator.byRatio(new SvfMixRatioRequest(parts[0], parts[1], basis, known,
                        options.optionalAmount("svf-concentration", QuantityKind.CELLS_PER_VOLUME)));
            }
            ConcentrationBasis per = options.choice("per", "mix|fat", "mix", "fat").equals("mix")
                    ? ConcentrationBasis.PER_MILLILITRE_OF_MIX : ConcentrationBasis.PER_MILLILITRE_OF_FAT;
            return calculator.byConcentration(new SvfMixConcentrationRequest(
                    options.amount("svf-concentration", "CONC", QuantityKind.CELLS_PER_VOLUME),
                    options.amount("target-concentration", "CONC", QuantityKind.CELLS_PER_VOLUME), per, basis,
                    known));
        } catch (DosingInputException e) {
            // the known volume is whichever of the three options was given
            throw e.field().equals("knownVolume") ? new DosingInputException(volumeOption, e.reason()) : e;
        }
    }

    @Override
    public void describe(SvfMix<?> result, DoseText text) {
        text.heading("SVF mix", result.formula()).section("Inputs");
        switch (result.inputs()) {
            case SvfMixRatioRequest ratio -> {
                text.line("SVF:fat by volume", DoseText.plain(ratio.svfParts()) + ":" + DoseText.plain(ratio.fatParts()));
                known(text, ratio.basis(), ratio.knownVolume());
                ratio.svfConcentration().ifPresent(c -> text.line("SVF suspension", text.amount(c)));
            }
            case SvfMixConcentrationRequest target -> {
                text.line("SVF suspension", text.amount(target.svfConcentration()))
                        .line("Target", text.amount(target.targetConcentration())
                                + (target.concentrationBasis() == ConcentrationBasis.PER_MILLILITRE_OF_MIX
                                        ? " of mix" : " of fat"));
                known(text, target.basis(), target.knownVolume());
            }
            default -> throw new IllegalStateException("unknown mix request " + result.inputs());
        }
        text.section("Results")
                .line("SVF suspension", text.amount(result.svfVolume()))
                .line("Fat", text.amount(result.fatVolume()))
                .line("Total mix", text.amount(result.totalVolume()))
                .line("SVF:fat", "1:" + oneTo(result.fatVolume(), result.svfVolume()));
        result.cells().ifPresent(c -> text.line("Cells in the mix", text.cells(c)));
        result.cellsPerMillilitreOfMix().ifPresent(c -> text.line("Cells per mL of mix", text.amount(c)));
        result.cellsPerMillilitreOfFat().ifPresent(c -> text.line("Cells per mL of fat", text.amount(c)));
    }

    private static void known(DoseText text, MixBasis basis, Quantity<Volume> volume) {
        String what = switch (basis) {
            case FAT_VOLUME -> "Fat volume (known)";
            case SVF_VOLUME -> "SVF volume (known)";
            case TOTAL_VOLUME -> "Total volume (known)";
        };
        text.line(what, text.amount(volume));
    }

    private static String oneTo(Quantity<Volume> fat, Quantity<Volume> svf) {
        BigDecimal ratio = Amounts.valueIn(fat, DosingUnits.MILLILITRE)
                .divide(Amounts.valueIn(svf, DosingUnits.MILLILITRE), new MathContext(3));
        return DoseText.plain(ratio);
    }
}
