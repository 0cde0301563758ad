package org.stroma.dosing.svf;

import java.math.BigDecimal;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * A mix of SVF suspension and fat by volume ratio, SVF:fat = {@code svfParts}:{@code fatParts}.
 *
 * @param svfParts         parts of SVF suspension, above zero
 * @param fatParts         parts of fat, above zero
 * @param basis            which volume {@code knownVolume} is
 * @param knownVolume      that volume, above zero
 * @param svfConcentration cells per mL of the SVF suspension, if counted; gives the cells in the mix
 * @since 0.1
 */
public record SvfMixRatioRequest(BigDecimal svfParts, BigDecimal fatParts, MixBasis basis,
        Quantity<Volume> knownVolume, Optional<Quantity<?>> svfConcentration) {

    /** Validates every field. */
    public SvfMixRatioRequest {
        Checks.positive("svfParts", svfParts);
        Checks.positive("fatParts", fatParts);
        Checks.required("basis", basis);
        Checks.positive("knownVolume", knownVolume, QuantityKind.VOLUME);
        Checks.required("svfConcentration", svfConcentration)
                .ifPresent(c -> Checks.positive("svfConcentration", c, QuantityKind.CELLS_PER_VOLUME));
    }

    /** SVF:fat = 1:1 by volume, as in the facial LoS trial, without a cell count. */
    public static SvfMixRatioRequest oneToOne(MixBasis basis, Quantity<Volume> knownVolume) {
        return new SvfMixRatioRequest(BigDecimal.ONE, BigDecimal.ONE, basis, knownVolume, Optional.empty());
    }
}
