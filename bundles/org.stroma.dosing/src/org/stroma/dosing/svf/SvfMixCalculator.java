package org.stroma.dosing.svf;

import java.math.BigDecimal;
import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.osgi.service.component.annotations.Component;
import org.stroma.dosing.Formula;
import org.stroma.dosing.internal.Decimals;
import org.stroma.dosing.internal.IndriyaRuntime;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/**
 * Volumes of SVF suspension and fat to mix. Stateless.
 *
 * <p>By ratio s:f with a known volume K: fat known, SVF = K × s ÷ f; SVF known, fat = K × f ÷ s;
 * total known, SVF = K × s ÷ (s + f) and fat = K − SVF. A target concentration c<sub>t</sub>
 * from a suspension at c<sub>s</sub> is the ratio c<sub>t</sub> : (c<sub>s</sub> − c<sub>t</sub>)
 * per mL of mix (from SVF × c<sub>s</sub> = c<sub>t</sub> × (SVF + fat)), and
 * c<sub>t</sub> : c<sub>s</sub> per mL of fat.
 *
 * @since 0.1
 */
@Component(service = SvfMixCalculator.class)
public final class SvfMixCalculator {

    /** Mix by volume ratio. */
    public static final Formula RATIO_FORMULA = new Formula("svf-mix-ratio", 1);
    /** Mix to a target cell concentration. */
    public static final Formula CONCENTRATION_FORMULA = new Formula("svf-mix-concentration", 1);

    /** A calculator; Indriya is made ready for use inside OSGi. */
    public SvfMixCalculator() {
        IndriyaRuntime.prepare();
    }

    /** Volumes for a ratio, and the cells if the suspension was counted. */
    public SvfMix<SvfMixRatioRequest> byRatio(SvfMixRatioRequest request) {
        Optional<BigDecimal> concentration = request.svfConcentration()
                .map(c -> Amounts.valueIn(c, DosingUnits.CELLS_PER_MILLILITRE));
        return mix(request, RATIO_FORMULA, request.svfParts(), request.fatParts(), request.basis(),
                request.knownVolume(), concentration);
    }

    /** Volumes that reach a target concentration. */
    public SvfMix<SvfMixConcentrationRequest> byConcentration(SvfMixConcentrationRequest request) {
        BigDecimal suspension = Amounts.valueIn(request.svfConcentration(), DosingUnits.CELLS_PER_MILLILITRE);
        BigDecimal target = Amounts.valueIn(request.targetConcentration(), DosingUnits.CELLS_PER_MILLILITRE);
        BigDecimal fatParts = switch (request.concentrationBasis()) {
            case PER_MILLILITRE_OF_MIX -> suspension.subtract(target);
            case PER_MILLILITRE_OF_FAT -> suspension;
        };
        return mix(request, CONCENTRATION_FORMULA, target, fatParts, request.basis(), request.knownVolume(),
                Optional.of(suspension));
    }

    private static <R extends Record> SvfMix<R> mix(R request, Formula formula, BigDecimal svfParts,
            BigDecimal fatParts, MixBasis basis, Quantity<Volume> knownVolume,
            Optional<BigDecimal> concentration) {
        BigDecimal known = Amounts.valueIn(knownVolume, DosingUnits.MILLILITRE);
        // multiply before dividing, so that exact answers stay exact
        BigDecimal svf = switch (basis) {
            case FAT_VOLUME -> Decimals.divide(known.multiply(svfParts), fatParts);
            case SVF_VOLUME -> known;
            case TOTAL_VOLUME -> Decimals.divide(known.multiply(svfParts), svfParts.add(fatParts));
        };
        BigDecimal fat = switch (basis) {
            case FAT_VOLUME -> known;
            case SVF_VOLUME -> Decimals.divide(known.multiply(fatParts), svfParts);
            case TOTAL_VOLUME -> known.subtract(svf);
        };
        BigDecimal total = svf.add(fat);
        Optional<BigDecimal> cells = concentration.map(svf::multiply);
        return new SvfMix<>(request, formula, Amounts.of(svf, DosingUnits.MILLILITRE),
                Amounts.of(fat, DosingUnits.MILLILITRE), Amounts.of(total, DosingUnits.MILLILITRE),
                cells.map(Amounts::cells), cells.map(n -> perMillilitre(n, total)), cells.map(n -> perMillilitre(n, fat)));
    }

    private static Quantity<?> perMillilitre(BigDecimal cells, BigDecimal millilitres) {
        return Amounts.ofUnit(Decimals.divide(cells, millilitres), DosingUnits.CELLS_PER_MILLILITRE);
    }
}
