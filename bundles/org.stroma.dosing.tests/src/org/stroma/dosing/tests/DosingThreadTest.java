package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.adsc.CellDoseRequest;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.units.AmountParser;
import org.stroma.dosing.units.DosingUnits;

/**
 * Inside OSGi, background jobs and DS threads often have no context class loader, where Indriya
 * would look for its number system; a calculation must work there all the same.
 */
class DosingThreadTest {

    @Test
    void aDoseIsComputedOnAThreadWithoutAContextClassLoader() throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                AmountParser parse = new AmountParser();
                CellDoseResult result = new CellDoseCalculator().dose(new CellDoseRequest(
                        parse.parse("dose", "5 × 10⁵ cells/mL"), parse.volume("graftVolume", "20 mL"),
                        new BigDecimal("100"), BigDecimal.ZERO));
                outcome.set(result);
            } catch (RuntimeException | LinkageError e) {
                outcome.set(e);
            }
        });
        worker.setContextClassLoader(null);
        worker.start();
        worker.join(30_000);
        assertNull(outcome.get() instanceof Throwable t ? t.toString() : null);
        // 5 × 10^5 cells/mL × 20 mL, all viable, nothing lost = 1.0 × 10^7 cells
        Expect.exactly("10000000", ((CellDoseResult) outcome.get()).cellsToPrepare(), DosingUnits.CELLS);
        assertEquals("adsc-dose/1", ((CellDoseResult) outcome.get()).formula().toString());
    }
}
