package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.svf.ConcentrationBasis;
import org.stroma.dosing.svf.MixBasis;
import org.stroma.dosing.svf.SvfMix;
import org.stroma.dosing.svf.SvfMixCalculator;
import org.stroma.dosing.svf.SvfMixConcentrationRequest;
import org.stroma.dosing.svf.SvfMixRatioRequest;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;

/** SVF suspension and fat mixed by ratio or to a cell concentration. */
class SvfMixCalculatorTest {

    private final AmountParser parse = new AmountParser();
    private final SvfMixCalculator calculator = new SvfMixCalculator();

    @Test
    void oneToOneForTwentyMillilitresOfMix() {
        SvfMix<SvfMixRatioRequest> mix = calculator.byRatio(
                SvfMixRatioRequest.oneToOne(MixBasis.TOTAL_VOLUME, parse.volume("knownVolume", "20 mL")));
        // 20 mL × 1/(1+1) = 10 mL of each
        Expect.exactly("10", mix.svfVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("10", mix.fatVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("20", mix.totalVolume(), DosingUnits.MILLILITRE);
        assertTrue(mix.cells().isEmpty());
        assertEquals("svf-mix-ratio/1", mix.formula().toString());
    }

    @Test
    void oneToOneForTenMillilitresOfFat() {
        SvfMix<SvfMixRatioRequest> mix = calculator.byRatio(
                SvfMixRatioRequest.oneToOne(MixBasis.FAT_VOLUME, parse.volume("knownVolume", "10 mL")));
        Expect.exactly("10", mix.svfVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("20", mix.totalVolume(), DosingUnits.MILLILITRE);
    }

    @Test
    void thePublishedHandProtocolMixesTwoMillilitresOfSvfWithFortyOfFat() {
        SvfMixRatioRequest request = new SvfMixRatioRequest(BigDecimal.ONE, BigDecimal.valueOf(20), MixBasis.FAT_VOLUME,
                parse.volume("knownVolume", "40 mL"),
                Optional.of(parse.parse("svfConcentration", "5 x 10^6 cells/mL")));
        SvfMix<SvfMixRatioRequest> mix = calculator.byRatio(request);
        // SVF:fat = 1:20, fat 40 mL: SVF = 40 × 1/20 = 2 mL, mix = 42 mL
        Expect.exactly("2", mix.svfVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("42", mix.totalVolume(), DosingUnits.MILLILITRE);
        // 2 mL × 5e6 cells/mL = 1e7 cells; 1e7 / 42 mL per mL of mix; 1e7 / 40 mL = 2.5e5 per mL of fat
        Expect.exactly("10000000", mix.cells().orElseThrow(), DosingUnits.CELLS);
        Expect.about(1e7 / 42, mix.cellsPerMillilitreOfMix().orElseThrow(), DosingUnits.CELLS_PER_MILLILITRE);
        Expect.exactly("250000", mix.cellsPerMillilitreOfFat().orElseThrow(), DosingUnits.CELLS_PER_MILLILITRE);
        assertSame(request, mix.inputs());
    }

    @Test
    void fromTheSvfVolumeTheDeviceGave() {
        SvfMix<SvfMixRatioRequest> mix = calculator.byRatio(new SvfMixRatioRequest(BigDecimal.ONE,
                BigDecimal.valueOf(20), MixBasis.SVF_VOLUME, parse.volume("knownVolume", "2 mL"), Optional.empty()));
        Expect.exactly("40", mix.fatVolume(), DosingUnits.MILLILITRE); // 2 mL × 20
        Expect.exactly("42", mix.totalVolume(), DosingUnits.MILLILITRE);
    }

    @Test
    void toATargetConcentrationPerMillilitreOfMix() {
        SvfMix<SvfMixConcentrationRequest> mix = calculator.byConcentration(new SvfMixConcentrationRequest(
                parse.parse("svfConcentration", "1 x 10^7 cells/mL"), parse.parse("targetConcentration", "5 x 10^5 cells/mL"),
                ConcentrationBasis.PER_MILLILITRE_OF_MIX, MixBasis.FAT_VOLUME, parse.volume("knownVolume", "38 mL")));
        // SVF × 1e7 = 5e5 × (SVF + 38)  =>  SVF = 38 × 5e5 / (1e7 − 5e5) = 2 mL; mix 40 mL
        Expect.exactly("2", mix.svfVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("40", mix.totalVolume(), DosingUnits.MILLILITRE);
        // check: 2 × 1e7 / 40 = 5e5 cells per mL of mix
        Expect.exactly("500000", mix.cellsPerMillilitreOfMix().orElseThrow(), DosingUnits.CELLS_PER_MILLILITRE);
        assertEquals("svf-mix-concentration/1", mix.formula().toString());
    }

    @Test
    void toATargetConcentrationForAKnownTotal() {
        SvfMix<SvfMixConcentrationRequest> mix = calculator.byConcentration(new SvfMixConcentrationRequest(
                parse.parse("svfConcentration", "1e7 cells/mL"), parse.parse("targetConcentration", "5e5 cells/mL"),
                ConcentrationBasis.PER_MILLILITRE_OF_MIX, MixBasis.TOTAL_VOLUME, parse.volume("knownVolume", "40 mL")));
        // SVF = 40 × 5e5 / 1e7 = 2 mL, fat = 38 mL
        Expect.exactly("2", mix.svfVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("38", mix.fatVolume(), DosingUnits.MILLILITRE);
    }

    @Test
    void toATargetConcentrationPerMillilitreOfFat() {
        SvfMix<SvfMixConcentrationRequest> mix = calculator.byConcentration(new SvfMixConcentrationRequest(
                parse.parse("svfConcentration", "1e7 cells/mL"), parse.parse("targetConcentration", "5e5 cells/mL"),
                ConcentrationBasis.PER_MILLILITRE_OF_FAT, MixBasis.FAT_VOLUME, parse.volume("knownVolume", "40 mL")));
        // SVF × 1e7 = 5e5 × 40  =>  SVF = 2 mL
        Expect.exactly("2", mix.svfVolume(), DosingUnits.MILLILITRE);
        Expect.exactly("500000", mix.cellsPerMillilitreOfFat().orElseThrow(), DosingUnits.CELLS_PER_MILLILITRE);
    }

    @Test
    void nonsenseMixesAreRefused() {
        Expect.refused("targetConcentration", () -> new SvfMixConcentrationRequest(
                parse.parse("svfConcentration", "5e5 cells/mL"), parse.parse("targetConcentration", "5e5 cells/mL"),
                ConcentrationBasis.PER_MILLILITRE_OF_MIX, MixBasis.FAT_VOLUME, parse.volume("knownVolume", "38 mL")));
        Expect.refused("svfConcentration", () -> new SvfMixConcentrationRequest(
                parse.parse("svfConcentration", "5e6 cells/g"), parse.parse("targetConcentration", "5e5 cells/mL"),
                ConcentrationBasis.PER_MILLILITRE_OF_MIX, MixBasis.FAT_VOLUME, parse.volume("knownVolume", "38 mL")));
        Expect.refused("svfParts", () -> new SvfMixRatioRequest(BigDecimal.ZERO, BigDecimal.ONE, MixBasis.FAT_VOLUME,
                parse.volume("knownVolume", "40 mL"), Optional.empty()));
        Expect.refused("fatParts", () -> new SvfMixRatioRequest(BigDecimal.ONE, BigDecimal.valueOf(-1),
                MixBasis.FAT_VOLUME, parse.volume("knownVolume", "40 mL"), Optional.empty()));
        Expect.refused("knownVolume", () -> SvfMixRatioRequest.oneToOne(MixBasis.FAT_VOLUME,
                parse.volume("knownVolume", "0 mL")));
        Expect.refused("basis", () -> SvfMixRatioRequest.oneToOne(null, parse.volume("knownVolume", "10 mL")));
    }
}
