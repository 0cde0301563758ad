package org.stroma.ui.study;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.stroma.model.study.OutcomeMeasure;
import org.stroma.model.study.VisitDefinition;

/** The "Outcome measures" tab: each registered outcome, its instrument score, time point and analysis. */
final class OutcomeMeasuresTab {

    OutcomeMeasuresTab(CTabFolder folder, DesignEdits edits) {
        Composite page = DesignTables.page(folder, "Outcome measures", 1);
        TableViewer viewer = DesignTables.viewer(page, true, edits, DesignTables::itself);
        DesignTables.column(viewer, "Code", 60, OutcomeMeasure.class, OutcomeMeasure::getCode);
        DesignTables.column(viewer, "Kind", 90, OutcomeMeasure.class,
                o -> Words.capitalized(Words.literal(o.getKind())));
        DesignTables.column(viewer, "Outcome", 380, OutcomeMeasure.class, OutcomeMeasure::getTitle);
        DesignTables.column(viewer, "Instrument", 150, OutcomeMeasure.class, OutcomeMeasure::getInstrumentId);
        DesignTables.column(viewer, "Score", 120, OutcomeMeasure.class, OutcomeMeasure::getScoreCode);
        DesignTables.column(viewer, "Time point", 150, OutcomeMeasure.class, o -> timePoint(o.getTimePoint()));
        DesignTables.column(viewer, "Analysis", 200, OutcomeMeasure.class, OutcomeMeasure::getAnalysisId);
        DesignTables.column(viewer, "Description", 300, OutcomeMeasure.class, OutcomeMeasure::getDescription);
        viewer.setInput(edits.study().getOutcomeMeasures());
    }

    /** "M6 (day 182)", as the schedule names the visit. */
    static String timePoint(VisitDefinition visit) {
        return visit == null ? "" : visit.getCode() + " (day " + visit.getTargetDay() + ")";
    }
}
