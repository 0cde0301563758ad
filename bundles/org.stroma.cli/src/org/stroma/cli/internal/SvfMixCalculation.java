package org.stroma.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.cli.UsageException;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.record.DoseReports;
import org.stroma.dosing.svf.ConcentrationBasis;
import org.stroma.dosing.svf.MixBasis;
import org.stroma.dosing.svf.SvfMix;
import org.stroma.dosing.svf.SvfMixCalculator;
import org.stroma.dosing.svf.SvfMixConcentrationRequest;
import org.stroma.dosing.svf.SvfMixRatioRequest;
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
        return DoseReports.SVF_MIX;
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
}
