package org.stroma.dosing.svf;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * ECM/SVF-gel wanted, to find the lipoaspirate to harvest; the shares are as in
 * {@link EcmGelRequest}.
 *
 * @param gelVolume              gel needed, above zero
 * @param concentratedFatPercent concentrated fat as a share of lipoaspirate, (0, 100]
 * @param gelPercent             gel as a share of concentrated fat, (0, 100]
 * @since 0.1
 */
public record EcmGelTarget(Quantity<Volume> gelVolume, BigDecimal concentratedFatPercent, BigDecimal gelPercent) {

    /** Validates every field. */
    public EcmGelTarget {
        Checks.positive("gelVolume", gelVolume, QuantityKind.VOLUME);
        Checks.shareOfWhole("concentratedFatPercent", concentratedFatPercent);
        Checks.shareOfWhole("gelPercent", gelPercent);
    }
}
