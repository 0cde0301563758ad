package org.stroma.reporting.data;

import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.Subject;
import org.stroma.reporting.api.ReportData;
import org.stroma.reporting.api.ReportParameter;
import org.stroma.reporting.api.ReportRequest;
import org.stroma.reporting.api.ReportTable;

/**
 * One procedure's dosing sheet.
 *
 * <p>Tables: {@code dosing_procedure} (one row: subject, procedure, type, date, visit, surgeon,
 * intervention, harvest_site, lipoaspirate_ml, cell_product); {@code injection_sites} (site,
 * volume_ml, injections); {@code dosing_calculations} (calculation, formula_version, inputs,
 * result, calculated_by, calculated_at: the saved calculations as printed when saved);
 * {@code dosing_notes} (note: why there are none, e.g. concealed from a blinded user);
 * {@code dosing_signatures} (the signatures of the procedure's records).
 */
public final class DosingSheetData {

    private DosingSheetData() {
    }

    public static ReportData collect(ReportRequest request) {
        Subject subject = StudyRecords.subject(request.study(), request.required(ReportParameter.SUBJECT));
        Procedure procedure = StudyRecords.procedure(subject, request.required(ReportParameter.PROCEDURE));
        ReportTable about = new ReportTable("dosing_procedure", "subject", "procedure", "type", "date", "visit",
                "surgeon", "intervention", "harvest_site", "lipoaspirate_ml", "cell_product");
        about.add(StudyRecords.label(subject), procedure.getId(),
                procedure.getType() == null ? "" : ReportFormat.words(procedure.getType().getLiteral()),
                procedure.getDate(), RecordText.visit(procedure), procedure.getSurgeon(),
                RecordText.text(procedure.getIntervention()), procedure.getHarvestSite(),
                procedure.getLipoaspirateVolumeMl(), RecordText.text(procedure.getCellProduct()));
        ReportTable sites = new ReportTable("injection_sites", "site", "volume_ml", "injections");
        for (InjectionSite site : procedure.getInjectionSites()) {
            sites.add(site.getRegion() + (site.getSiteName() == null ? "" : " " + site.getSiteName()),
                    site.getVolumeMl(), site.getInjectionCount());
        }
        ReportTable calculations = new ReportTable("dosing_calculations", "calculation", "formula_version", "inputs",
                "result", "calculated_by", "calculated_at");
        for (DoseCalculation calculation : procedure.getDoseCalculations()) {
            calculations.add(calculation.getCalculation(), calculation.getFormulaVersion(), calculation.getInputs(),
                    calculation.getResult(), calculation.getCalculatedBy(), calculation.getCalculatedAt());
        }
        ReportTable notes = new ReportTable("dosing_notes", "note");
        if (request.access().isBlindedIn(request.study())) {
            notes.add("Cell dose calculations are concealed from users blinded in this study.");
        } else if (calculations.size() == 0) {
            notes.add("No cell dose calculation has been saved with this procedure.");
        }
        return new ReportData().add(about).add(sites).add(calculations).add(notes)
                .add(Signed.table("dosing_signatures", request, StudyRecords.ids(procedure)));
    }
}
