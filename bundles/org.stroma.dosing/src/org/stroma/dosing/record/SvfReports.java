package org.stroma.dosing.record;

import java.math.BigDecimal;
import java.math.MathContext;

import javax.measure.Quantity;
import javax.measure.quantity.Volume;

import org.stroma.dosing.svf.ConcentrationBasis;
import org.stroma.dosing.svf.EcmGelRequest;
import org.stroma.dosing.svf.EcmGelTarget;
import org.stroma.dosing.svf.EcmGelVolumes;
import org.stroma.dosing.svf.MixBasis;
import org.stroma.dosing.svf.SvfMix;
import org.stroma.dosing.svf.SvfMixConcentrationRequest;
import org.stroma.dosing.svf.SvfMixRatioRequest;
import org.stroma.dosing.units.Amounts;
import org.stroma.dosing.units.DosingUnits;

/** The reports of an SVF:fat mix and of an ECM/SVF-gel yield or harvest. */
final class SvfReports {

    private SvfReports() {
    }

    static DoseReport mix(SvfMix<?> result) {
        DoseReport report = new DoseReport(DoseReports.SVF_MIX).heading("SVF mix", result.formula()).inputs("Inputs");
        switch (result.inputs()) {
            case SvfMixRatioRequest ratio -> {
                report.line("SVF:fat by volume",
                        DoseReport.plain(ratio.svfParts()) + ":" + DoseReport.plain(ratio.fatParts()));
                known(report, ratio.basis(), ratio.knownVolume());
                ratio.svfConcentration().ifPresent(c -> report.line("SVF suspension", report.amount(c)));
            }
            case SvfMixConcentrationRequest target -> {
                report.line("SVF suspension", report.amount(target.svfConcentration()))
                        .line("Target", report.amount(target.targetConcentration())
                                + (target.concentrationBasis() == ConcentrationBasis.PER_MILLILITRE_OF_MIX
                                        ? " of mix" : " of fat"));
                known(report, target.basis(), target.knownVolume());
            }
            default -> throw new IllegalStateException("unknown mix request " + result.inputs());
        }
        report.section("Results")
                .line("SVF suspension", report.amount(result.svfVolume()))
                .line("Fat", report.amount(result.fatVolume()))
                .line("Total mix", report.amount(result.totalVolume()))
                .line("SVF:fat", "1:" + oneTo(result.fatVolume(), result.svfVolume()));
        result.cells().ifPresent(c -> report.line("Cells in the mix", report.cells(c)));
        result.cellsPerMillilitreOfMix().ifPresent(c -> report.line("Cells per mL of mix", report.amount(c)));
        result.cellsPerMillilitreOfFat().ifPresent(c -> report.line("Cells per mL of fat", report.amount(c)));
        return report;
    }

    static DoseReport gel(EcmGelVolumes<?> result) {
        DoseReport report = new DoseReport(DoseReports.ECM_GEL).heading("ECM/SVF-gel", result.formula())
                .inputs("Inputs");
        switch (result.inputs()) {
            case EcmGelRequest yield -> report.line("Lipoaspirate", report.amount(yield.lipoaspirate()))
                    .line("Concentrated fat", DoseReport.percent(yield.concentratedFatPercent()) + " of lipoaspirate")
                    .line("Gel", DoseReport.percent(yield.gelPercent()) + " of concentrated fat");
            case EcmGelTarget target -> report.line("Gel wanted", report.amount(target.gelVolume()))
                    .line("Concentrated fat", DoseReport.percent(target.concentratedFatPercent()) + " of lipoaspirate")
                    .line("Gel", DoseReport.percent(target.gelPercent()) + " of concentrated fat");
            default -> throw new IllegalStateException("unknown gel request " + result.inputs());
        }
        return report.section("Results")
                .line("Lipoaspirate", report.amount(result.lipoaspirate()))
                .line("Concentrated fat", report.amount(result.concentratedFat()))
                .line("ECM/SVF-gel", report.amount(result.gel()));
    }

    private static void known(DoseReport report, MixBasis basis, Quantity<Volume> volume) {
        String what = switch (basis) {
            case FAT_VOLUME -> "Fat volume (known)";
            case SVF_VOLUME -> "SVF volume (known)";
            case TOTAL_VOLUME -> "Total volume (known)";
        };
        report.line(what, report.amount(volume));
    }

    private static String oneTo(Quantity<Volume> fat, Quantity<Volume> svf) {
        BigDecimal ratio = Amounts.valueIn(fat, DosingUnits.MILLILITRE)
                .divide(Amounts.valueIn(svf, DosingUnits.MILLILITRE), new MathContext(3));
        return DoseReport.plain(ratio);
    }
}
