package org.stroma.dosing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.junit.jupiter.api.function.Executable;
import org.stroma.dosing.DosingInputException;
import org.stroma.dosing.units.Amounts;

/** Assertions shared by the dosing tests. */
final class Expect {

    private Expect() {
    }

    /** The amount is exactly {@code expected} in {@code unit} (decimal comparison, scale ignored). */
    static void exactly(String expected, Quantity<?> amount, Unit<?> unit) {
        BigDecimal actual = Amounts.valueIn(amount, unit);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    /** The amount is {@code expected} in {@code unit} to 1 part in 10^12 (for results of divisions). */
    static void about(double expected, Quantity<?> amount, Unit<?> unit) {
        double actual = Amounts.valueIn(amount, unit).doubleValue();
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, () -> "expected " + expected + " but was " + actual);
    }

    /** The action is refused for {@code field}, and the message names it. */
    static DosingInputException refused(String field, Executable action) {
        DosingInputException e = assertThrows(DosingInputException.class, action);
        assertEquals(field, e.field(), e::getMessage);
        assertTrue(e.getMessage().contains(field), e::getMessage);
        return e;
    }
}
