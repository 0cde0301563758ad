package org.stroma.dosing.svf;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * A mix of SVF suspension and fat made to a target cell concentration. Per mL of mix the target
 * must be below the suspension's own concentration (adding fat only dilutes).
 *
 * @param svfConcentration    cells per mL of the SVF suspension, above zero
 * @param targetConcentration cells per mL wanted, above zero
 * @param concentrationBasis  whether the target is per mL of mix or per mL of fat
 * @param basis               which volume {@code knownVolume} is
 * @param knownVolume         that volume, above zero
 * @since 0.1
 */
public record SvfMixConcentrationRequest(Quantity<?> svfConcentration, Quantity<?> targetConcentration,
        ConcentrationBasis concentrationBasis, MixBasis basis, Quantity<Volume> knownVolume) {

    /** Validates every field and that the target can be reached by dilution. */
    public SvfMixConcentrationRequest {
        Checks.positive("svfConcentration", svfConcentration, QuantityKind.CELLS_PER_VOLUME);
        Checks.positive("targetConcentration", targetConcentration, QuantityKind.CELLS_PER_VOLUME);
        Checks.required("concentrationBasis", concentrationBasis);
        Checks.required("basis", basis);
        Checks.positive("knownVolume", knownVolume, QuantityKind.VOLUME);
        if (concentrationBasis == ConcentrationBasis.PER_MILLILITRE_OF_MIX
                && Amounts.valueIn(targetConcentration, DosingUnits.CELLS_PER_MILLILITRE)
                        .compareTo(Amounts.valueIn(svfConcentration, DosingUnits.CELLS_PER_MILLILITRE)) >= 0) {
            throw new DosingInputException("targetConcentration", "must be below the SVF suspension's concentration;"
                    + " mixing with fat can only dilute the cells");
        }
    }
}
