package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.svf.EcmGelCalculator;
import org.stroma.dosing.svf.EcmGelRequest;
import org.stroma.dosing.svf.EcmGelTarget;
import org.stroma.dosing.svf.EcmGelVolumes;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;

/** ECM/SVF-gel volumes; the shares are illustrative inputs, not recommended values. */
class EcmGelCalculatorTest {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    private final AmountParser parse = new AmountParser();
    private final EcmGelCalculator calculator = new EcmGelCalculator();

    @Test
    void gelFromOneHundredMillilitresOfLipoaspirate() {
        EcmGelVolumes<EcmGelRequest> volumes = calculator.fromLipoaspirate(
                new EcmGelRequest(parse.volume("lipoaspirate", "100 mL"), SIXTY, TWENTY_FIVE));
        // 100 mL × 0.60 = 60 mL concentrated fat; × 0.25 = 15 mL gel
        Expect.exactly("60", volumes.concentratedFat(), DosingUnits.MILLILITRE);
        Expect.exactly("15", volumes.gel(), DosingUnits.MILLILITRE);
        assertEquals("ecm-svf-gel-yield/1", volumes.formula().toString());
    }

    @Test
    void lipoaspirateToHarvestForAGelVolume() {
        EcmGelVolumes<EcmGelTarget> volumes = calculator.lipoaspirateFor(
                new EcmGelTarget(parse.volume("gelVolume", "15 mL"), SIXTY, TWENTY_FIVE));
        // 15 mL / 0.25 = 60 mL concentrated fat; / 0.60 = 100 mL lipoaspirate
        Expect.exactly("100", volumes.lipoaspirate(), DosingUnits.MILLILITRE);
        Expect.exactly("60", volumes.concentratedFat(), DosingUnits.MILLILITRE);
        assertEquals("ecm-svf-gel-harvest/1", volumes.formula().toString());
        // litres in, millilitres out: 0.1 L = 100 mL gives the same 15 mL of gel
        Expect.exactly("15", calculator.fromLipoaspirate(
                new EcmGelRequest(parse.volume("lipoaspirate", "0.1 L"), SIXTY, TWENTY_FIVE)).gel(), DosingUnits.MILLILITRE);
    }

    @Test
    void nonsenseSharesAndVolumesAreRefused() {
        Expect.refused("gelPercent", () -> new EcmGelRequest(parse.volume("lipoaspirate", "100 mL"), SIXTY,
                BigDecimal.ZERO));
        Expect.refused("gelPercent", () -> new EcmGelTarget(parse.volume("gelVolume", "15 mL"), SIXTY,
                BigDecimal.valueOf(101)));
        Expect.refused("concentratedFatPercent", () -> new EcmGelRequest(parse.volume("lipoaspirate", "100 mL"),
                BigDecimal.valueOf(-5), TWENTY_FIVE));
        Expect.refused("lipoaspirate", () -> new EcmGelRequest(parse.volume("lipoaspirate", "-100 mL"), SIXTY,
                TWENTY_FIVE));
        Expect.refused("lipoaspirate", () -> parse.volume("lipoaspirate", "100 g"));
        Expect.refused("gelVolume", () -> new EcmGelTarget(null, SIXTY, TWENTY_FIVE));
    }
}
