package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.Formula;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.expansion.ExpansionPlanner;
import org.stroma.dosing.injection.InjectionPlanner;
import org.stroma.dosing.svf.EcmGelCalculator;
import org.stroma.dosing.svf.SvfMixCalculator;

/** Stable ids and versions: stored results name them, so they must not drift. */
class FormulaTest {

    @Test
    void everyCalculationHasItsOwnStableIdAndVersion() {
        List<Formula> formulas = List.of(CellDoseCalculator.DOSE_FORMULA, CellDoseCalculator.CHECK_FORMULA,
                ExpansionPlanner.FORMULA, SvfMixCalculator.RATIO_FORMULA, SvfMixCalculator.CONCENTRATION_FORMULA,
                EcmGelCalculator.YIELD_FORMULA, EcmGelCalculator.HARVEST_FORMULA, InjectionPlanner.FORMULA);
        Set<String> stored = formulas.stream().map(Formula::toString).collect(Collectors.toSet());
        assertEquals(Set.of("adsc-dose/1", "adsc-dose-check/1", "adsc-expansion/1", "svf-mix-ratio/1",
                "svf-mix-concentration/1", "ecm-svf-gel-yield/1", "ecm-svf-gel-harvest/1", "injection-plan/1"), stored);
    }

    @Test
    void malformedFormulasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Formula("ADSC dose", 1));
        assertThrows(IllegalArgumentException.class, () -> new Formula("adsc-dose", 0));
    }

    @Test
    void aRefusalCarriesFieldAndReasonSeparately() {
        DosingInputException e = new DosingInputException("graftVolume", "must be greater than zero");
        assertEquals("graftVolume", e.field());
        assertEquals("must be greater than zero", e.reason());
        assertEquals("graftVolume: must be greater than zero", e.getMessage());
    }
}
