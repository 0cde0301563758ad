package org.stroma.dosing.svf;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.osgi.service.component.annotations.Component;
import org.stroma.dosing.Formula;
import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.internal.IndriyaRuntime;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/**
 * ECM/SVF-gel volumes: gel = lipoaspirate × concentrated-fat share × gel share, and the
 * lipoaspirate for a wanted gel volume by the inverse. Stateless.
 *
 * @since 0.1
 */
@Component(service = EcmGelCalculator.class)
public final class EcmGelCalculator {

    /** Gel from a lipoaspirate volume. */
    public static final Formula YIELD_FORMULA = new Formula("ecm-svf-gel-yield", 1);
    /** Lipoaspirate to harvest for a gel volume. */
    public static final Formula HARVEST_FORMULA = new Formula("ecm-svf-gel-harvest", 1);

    /** A calculator; Indriya is made ready for use inside OSGi. */
    public EcmGelCalculator() {
        IndriyaRuntime.prepare();
    }

    /** The concentrated fat and gel a lipoaspirate gives. */
    public EcmGelVolumes<EcmGelRequest> fromLipoaspirate(EcmGelRequest request) {
        BigDecimal lipoaspirate = Amounts.valueIn(request.lipoaspirate(), DosingUnits.MILLILITRE);
        BigDecimal concentrated = lipoaspirate.multiply(Decimals.fraction(request.concentratedFatPercent()));
        BigDecimal gel = concentrated.multiply(Decimals.fraction(request.gelPercent()));
        return new EcmGelVolumes<>(request, YIELD_FORMULA, millilitres(lipoaspirate), millilitres(concentrated),
                millilitres(gel));
    }

    /** The lipoaspirate (and concentrated fat) needed for a gel volume. */
    public EcmGelVolumes<EcmGelTarget> lipoaspirateFor(EcmGelTarget request) {
        BigDecimal gel = Amounts.valueIn(request.gelVolume(), DosingUnits.MILLILITRE);
        BigDecimal concentrated = Decimals.divide(gel, Decimals.fraction(request.gelPercent()));
        BigDecimal lipoaspirate = Decimals.divide(gel,
                Decimals.fraction(request.gelPercent()).multiply(Decimals.fraction(request.concentratedFatPercent())));
        return new EcmGelVolumes<>(request, HARVEST_FORMULA, millilitres(lipoaspirate), millilitres(concentrated),
                millilitres(gel));
    }

    private static Quantity<Volume> millilitres(BigDecimal value) {
        return Amounts.of(value, DosingUnits.MILLILITRE);
    }
}
