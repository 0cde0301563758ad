package org.stroma.dosing.expansion;

import java.util.Optional;

import javax.measure.Quantity;

import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.internal.CellArithmetic;
import org.stroma.dosing.internal.Checks;
import org.stroma.dosing.units.DosingUnits;
import org.stroma.dosing.units.QuantityKind;

/**
 * The SVF cells a liposuction gives: lipoaspirate amount × SVF yield. Amount and yield may be
 * per volume or per mass; when they differ the tissue density is needed, and without it the
 * request is refused rather than guessed.
 *
 * @param lipoaspirate  harvested lipoaspirate, a volume (mL) or a mass (g), above zero
 * @param svfYield      nucleated SVF cells per mL or per g of lipoaspirate, above zero
 * @param tissueDensity g/mL of the lipoaspirate; needed only if amount and yield differ in basis
 * @since 0.1
 */
public record SvfHarvest(Quantity<?> lipoaspirate, Quantity<?> svfYield, Optional<Quantity<?>> tissueDensity) {

    /** Validates every field and that the yield's basis fits the amount. */
    public SvfHarvest {
        Checks.positive("lipoaspirate", lipoaspirate, QuantityKind.VOLUME, QuantityKind.MASS);
        Checks.positive("svfYield", svfYield, QuantityKind.CELLS_PER_VOLUME, QuantityKind.CELLS_PER_MASS);
        Checks.required("tissueDensity", tissueDensity)
                .ifPresent(d -> Checks.positive("tissueDensity", d, QuantityKind.DENSITY));
        if (CellArithmetic.product(svfYield, lipoaspirate, DosingUnits.CELLS, tissueDensity).isEmpty()) {
            throw new DosingInputException("svfYield", "is per "
                    + (QuantityKind.CELLS_PER_MASS.matches(svfYield.getUnit()) ? "gram" : "mL")
                    + " but the lipoaspirate is " + QuantityKind.describe(lipoaspirate.getUnit())
                    + "; give the tissue density (g/mL) or the yield on the same basis");
        }
    }

    /** A harvest whose amount and yield share a basis (both per mL or both per g). */
    public SvfHarvest(Quantity<?> lipoaspirate, Quantity<?> svfYield) {
        this(lipoaspirate, svfYield, Optional.empty());
    }
}
