package org.stroma.dosing.record;

import java.util.ArrayList;
import java.util.List;

import org.stroma.dosing.injection.InjectionPlan;
import org.stroma.dosing.injection.InjectionPlanRequest;
import org.stroma.dosing.injection.InjectionSite;
import org.stroma.dosing.injection.PlannedSite;

/**
 * The report of an injection plan: what each site receives (injections × volume, the inputs),
 * then the volume and cells per site, the subtotal per area and the totals (the results).
 */
final class InjectionPlanReport {

    private InjectionPlanReport() {
    }

    static DoseReport plan(InjectionPlan plan) {
        InjectionPlanRequest in = plan.inputs();
        DoseReport report = new DoseReport(DoseReports.INJECTION_PLAN);
        report.heading("Injection plan", plan.formula()).inputs("Inputs").line("Plan", in.name());
        in.cellConcentration().ifPresent(c -> report.line("Cells per mL", report.amount(c)));
        in.availableVolume().ifPresent(v -> report.line("Volume prepared", report.amount(v)));

        List<List<String>> given = new ArrayList<>();
        given.add(List.of("Site", "Injections"));
        List<List<String>> received = new ArrayList<>();
        received.add(in.cellConcentration().isPresent() ? List.of("Site", "Volume", "Cells") : List.of("Site", "Volume"));
        for (PlannedSite planned : plan.sites()) {
            InjectionSite site = planned.site();
            String name = site.area() + ", " + site.site();
            given.add(List.of(name, site.injections() + " x " + report.amount(site.volumePerInjection())));
            List<String> row = new ArrayList<>(List.of(name, report.amount(planned.volume())));
            planned.cells().ifPresent(cells -> row.add(report.amount(cells)));
            received.add(row);
        }
        report.inputs("Sites").table(given).section("Per site").table(received).section("Results");
        plan.volumeByArea().forEach((area, volume) -> report.line("Volume, " + area, report.amount(volume)));
        report.line("Total volume", report.amount(plan.totalVolume()))
                .line("Total injections", Integer.toString(plan.totalInjections()));
        plan.totalCells().ifPresent(cells -> report.line("Total cells", report.cells(cells)));
        in.availableVolume().ifPresent(available -> report.line("Volume check", plan.exceedsAvailableVolume()
                ? "NOT ENOUGH: the plan needs " + report.amount(plan.totalVolume()) + ", "
                        + report.amount(available) + " prepared"
                : "enough: " + report.amount(plan.totalVolume()) + " of the " + report.amount(available) + " prepared"));
        return report.note("volume per site = injections x volume per injection; cells per site = volume x cells per mL;\n"
                + "totals and the subtotal per area are sums over the sites");
    }
}
