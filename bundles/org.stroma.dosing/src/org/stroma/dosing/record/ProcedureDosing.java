package org.stroma.dosing.record;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Procedure;

/**
 * The dose calculations of a procedure: kept oldest first and never edited. A calculation made
 * again is a new record beside the old one, so the trail shows every figure a decision was based
 * on. Saving the procedure (with its subject) is the caller's: through the access control, which
 * audits each field of the new record.
 *
 * @since 0.1
 */
public final class ProcedureDosing {

    private ProcedureDosing() {
    }

    /**
     * Adds {@code calculation} to the procedure's calculations, after every one calculated at the
     * same time or before.
     *
     * @return the calculation, now in the procedure
     * @throws IllegalArgumentException when the calculation is in a procedure already (a saved
     *                                  calculation is never changed or moved; calculate again), or
     *                                  lacks what it was calculated with, by whom or when
     */
    public static DoseCalculation save(Procedure procedure, DoseCalculation calculation) {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(calculation, "calculation");
        if (calculation.eContainer() != null) {
            throw new IllegalArgumentException("dose calculation " + calculation.getId()
                    + " belongs to a procedure already; a saved calculation is never changed, calculate again");
        }
        require(calculation.getCalculation(), "what was calculated");
        require(calculation.getFormulaVersion(), "the formula version");
        require(calculation.getInputs(), "the inputs");
        require(calculation.getResult(), "the result");
        require(calculation.getCalculatedBy(), "who calculated it");
        if (calculation.getCalculatedAt() == null) {
            throw new IllegalArgumentException("a dose calculation is saved with when it was calculated");
        }
        List<DoseCalculation> saved = procedure.getDoseCalculations();
        int at = saved.size();
        while (at > 0 && saved.get(at - 1).getCalculatedAt() != null
                && saved.get(at - 1).getCalculatedAt().after(calculation.getCalculatedAt())) {
            at--;
        }
        saved.add(at, calculation);
        return calculation;
    }

    /** The procedure's dose calculations, oldest first, read-only. */
    public static List<DoseCalculation> calculations(Procedure procedure) {
        return Collections.unmodifiableList(procedure.getDoseCalculations());
    }

    /**
     * The volume injected in the procedure: the sum over its injection sites of injections ×
     * volume per injection, in mL; empty when it records no injection site.
     */
    public static Optional<BigDecimal> injectedVolumeMl(Procedure procedure) {
        List<InjectionSite> sites = procedure.getInjectionSites();
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (InjectionSite site : sites) {
            total = total.add(BigDecimal.valueOf(site.getVolumeMl()).multiply(BigDecimal.valueOf(site.getInjectionCount())));
        }
        return Optional.of(total.stripTrailingZeros());
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a dose calculation is saved with " + what);
        }
    }
}
