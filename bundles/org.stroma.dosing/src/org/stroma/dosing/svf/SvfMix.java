package org.stroma.dosing.svf;

import java.util.Optional;

import javax.measure.Quantity;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.Formula;

/**
 * Volumes to mix, and the cells in the mix when the suspension's concentration is known.
 *
 * @param <R>                     the request type
 * @param inputs                  the request
 * @param formula                 {@link SvfMixCalculator#RATIO_FORMULA} or
 *                                {@link SvfMixCalculator#CONCENTRATION_FORMULA}
 * @param svfVolume               SVF suspension, mL
 * @param fatVolume               fat, mL
 * @param totalVolume             the mix, mL
 * @param cells                   SVF volume × suspension concentration
 * @param cellsPerMillilitreOfMix cells ÷ total volume
 * @param cellsPerMillilitreOfFat cells ÷ fat volume
 * @since 0.1
 */
public record SvfMix<R extends Record>(R inputs, Formula formula, Quantity<Volume> svfVolume, Quantity<Volume> fatVolume,
        Quantity<Volume> totalVolume, Optional<Quantity<Dimensionless>> cells,
        Optional<Quantity<?>> cellsPerMillilitreOfMix, Optional<Quantity<?>> cellsPerMillilitreOfFat)
        implements DosingResult {
}
