package org.stroma.dosing.record;

import org.stroma.dosing.DosingResult;
import org.stroma.dosing.adsc.CellDoseResult;
import org.stroma.dosing.adsc.ProductCheckResult;
import org.stroma.dosing.expansion.ExpansionPlan;
import org.stroma.dosing.injection.InjectionPlan;
import org.stroma.dosing.svf.EcmGelVolumes;
import org.stroma.dosing.svf.SvfMix;

/**
 * The one way a dosing result is put into words, for the command line and for the record saved
 * with a procedure alike: each calculation's {@link DoseReport}, and the name the calculation is
 * saved under (the word after {@code stroma dose}).
 *
 * @since 0.1
 */
public final class DoseReports {

    /** Cells to prepare for an ADSC dose per mL of fat. */
    public static final String ADSC = "adsc";
    /** A counted ADSC product against its target dose. */
    public static final String PRODUCT_CHECK = "product-check";
    /** Volumes of SVF suspension and fat to mix. */
    public static final String SVF_MIX = "svf-mix";
    /** An ADSC culture expansion plan. */
    public static final String EXPANSION = "expansion";
    /** ECM/SVF-gel from lipoaspirate, or lipoaspirate for a gel volume. */
    public static final String ECM_GEL = "ecm-gel";
    /** Per-site volumes and cells of an injection plan. */
    public static final String INJECTION_PLAN = "injection-plan";

    private DoseReports() {
    }

    /**
     * The report of {@code result}.
     *
     * @throws IllegalArgumentException for a result of a calculation this bundle does not have
     */
    public static DoseReport of(DosingResult result) {
        return switch (result) {
            case CellDoseResult dose -> CellDoseReports.dose(dose);
            case ProductCheckResult check -> CellDoseReports.check(check);
            case SvfMix<?> mix -> SvfReports.mix(mix);
            case EcmGelVolumes<?> gel -> SvfReports.gel(gel);
            case ExpansionPlan plan -> ExpansionReport.plan(plan);
            case InjectionPlan plan -> InjectionPlanReport.plan(plan);
            default -> throw new IllegalArgumentException("no report for a " + result.getClass().getSimpleName());
        };
    }
}
