package org.stroma.dosing.adsc;

import java.math.BigDecimal;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * What an ADSC dose is computed from. Refused at construction: a dose that is not cells per
 * volume or per mass, a dose per gram without a fat density, a graft volume that is not a
 * volume (a mass typed as volume) or not above zero, viability outside (0, 100] %, losses
 * outside [0, 100) %.
 *
 * @param dose                  cells per mL of fat (e.g. 5 x 10^5 cells/mL), or per gram with
 *                              {@code fatDensity}
 * @param graftVolume           volume of fat grafted
 * @param fatDensity            g/mL of the fat, needed only for a dose per gram
 * @param viabilityPercent      viable share of the prepared cells, more than 0 and at most 100
 * @param processingLossPercent share of cells lost between counting and delivery (washing,
 *                              mixing, dead space), at least 0 and below 100
 * @since 0.1
 */
public record CellDoseRequest(Quantity<?> dose, Quantity<Volume> graftVolume, Optional<Quantity<?>> fatDensity,
        BigDecimal viabilityPercent, BigDecimal processingLossPercent) {

    /** Validates every field; see the class comment. */
    public CellDoseRequest {
        Checks.positive("dose", dose, QuantityKind.CELLS_PER_VOLUME, QuantityKind.CELLS_PER_MASS);
        Checks.positive("graftVolume", graftVolume, QuantityKind.VOLUME);
        Checks.required("fatDensity", fatDensity).ifPresent(d -> Checks.positive("fatDensity", d, QuantityKind.DENSITY));
        if (QuantityKind.CELLS_PER_MASS.matches(dose.getUnit()) && fatDensity.isEmpty()) {
            throw new DosingInputException("dose", "is in cells per gram but the graft is a volume;"
                    + " give the fat density (g/mL) or the dose in cells/mL");
        }
        Checks.shareOfWhole("viabilityPercent", viabilityPercent);
        Checks.lossOrTolerance("processingLossPercent", processingLossPercent);
    }

    /** A request with a dose per volume, which needs no fat density. */
    public CellDoseRequest(Quantity<?> dose, Quantity<Volume> graftVolume, BigDecimal viabilityPercent,
            BigDecimal processingLossPercent) {
        this(dose, graftVolume, Optional.empty(), viabilityPercent, processingLossPercent);
    }
}
