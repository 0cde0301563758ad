package org.stroma.dosing.svf;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.Formula;

/**
 * The three volumes of an ECM/SVF-gel preparation.
 *
 * @param <R>             {@link EcmGelRequest} (gel from lipoaspirate) or {@link EcmGelTarget}
 *                        (lipoaspirate for a gel volume)
 * @param inputs          the request
 * @param formula         {@link EcmGelCalculator#YIELD_FORMULA} or
 *                        {@link EcmGelCalculator#HARVEST_FORMULA}
 * @param lipoaspirate    lipoaspirate, mL
 * @param concentratedFat concentrated fat after the first centrifugation, mL
 * @param gel             ECM/SVF-gel, mL
 * @since 0.1
 */
public record EcmGelVolumes<R extends Record>(R inputs, Formula formula, Quantity<Volume> lipoaspirate,
        Quantity<Volume> concentratedFat, Quantity<Volume> gel) implements DosingResult {
}
