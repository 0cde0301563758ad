package org.stroma.reporting.internal;

import static org.stroma.reporting.api.ReportParameter.FROM;
import static org.stroma.reporting.api.ReportParameter.PROCEDURE;
import static org.stroma.reporting.api.ReportParameter.SUBJECT;
import static org.stroma.reporting.api.ReportParameter.TO;
import static org.stroma.reporting.api.ReportParameter.USER;

import java.util.List;
import java.util.Set;

import org.stroma.reporting.api.ReportDefinition;
import org.stroma.reporting.data.AdverseEventData;
import org.stroma.reporting.data.AuditTrailData;
import org.stroma.reporting.data.BaselineData;
import org.stroma.reporting.data.CasebookData;
import org.stroma.reporting.data.ConsortData;
import org.stroma.reporting.data.DosingSheetData;
import org.stroma.reporting.data.OutcomesData;
import org.stroma.reporting.data.RandomizationLogData;

/** The reports shipped with the workbench, in the order they are offered. */
final class BuiltInReports {

    static final List<ReportDefinition> ALL = List.of(
            new BuiltInReport("consort", "CONSORT Flow Diagram", "1",
                    "Participant flow from eligibility assessment to analysis, by arm, with reasons.", Set.of(), false,
                    ConsortData::collect),
            new BuiltInReport("baseline", "Table 1: Baseline Characteristics", "1",
                    "Baseline characteristics of randomized subjects by arm.", Set.of(), false, BaselineData::collect),
            new BuiltInReport("outcomes", "Outcomes by Arm", "1",
                    "Each outcome at each visit by arm, with ANOVA, Tukey comparisons, change from baseline and a chart.",
                    Set.of(), false, OutcomesData::collect),
            new BuiltInReport("adverse-events", "Adverse Events", "1",
                    "Listing of adverse events and summary by arm, CTCAE grade, seriousness and relatedness.", Set.of(),
                    false, AdverseEventData::collect),
            new BuiltInReport("randomization-log", "Randomization Log", "1",
                    "Allocation lists, every allocation and every emergency unblinding.", Set.of(), true,
                    RandomizationLogData::collect),
            new BuiltInReport("audit-trail", "Audit Trail", "1",
                    "Audit trail entries, optionally for one subject, one user and a date range.",
                    Set.of(SUBJECT, USER, FROM, TO), false, AuditTrailData::collect),
            new BuiltInReport("casebook", "Subject Casebook", "1",
                    "Every form of one subject with its values, audit history and signatures.", Set.of(SUBJECT), false,
                    CasebookData::collect),
            new BuiltInReport("dosing-sheet", "Dosing Sheet", "1",
                    "One procedure: injection sites and the saved cell dose calculations.", Set.of(SUBJECT, PROCEDURE),
                    false, DosingSheetData::collect));

    private BuiltInReports() {
    }
}
