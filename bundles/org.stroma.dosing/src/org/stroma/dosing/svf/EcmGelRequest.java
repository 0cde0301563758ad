package org.stroma.dosing.svf;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.QuantityKind;

/**
 * ECM/SVF-gel from a lipoaspirate volume. The gel is made in two steps, each keeping a share of
 * the volume: centrifuging the lipoaspirate to concentrated (Coleman) fat, then emulsifying and
 * centrifuging that fat to gel. Both shares depend on the site's device and protocol and the
 * domain notes give no figures, so they have no defaults: enter the site's measured values.
 *
 * @param lipoaspirate           lipoaspirate volume, above zero
 * @param concentratedFatPercent concentrated fat as a share of lipoaspirate, (0, 100]
 * @param gelPercent             gel as a share of concentrated fat, (0, 100]
 * @since 0.1
 */
public record EcmGelRequest(Quantity<Volume> lipoaspirate, BigDecimal concentratedFatPercent, BigDecimal gelPercent) {

    /** Validates every field. */
    public EcmGelRequest {
        Checks.positive("lipoaspirate", lipoaspirate, QuantityKind.VOLUME);
        Checks.shareOfWhole("concentratedFatPercent", concentratedFatPercent);
        Checks.shareOfWhole("gelPercent", gelPercent);
    }
}
