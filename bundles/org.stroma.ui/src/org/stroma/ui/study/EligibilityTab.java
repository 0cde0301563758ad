package org.stroma.ui.study;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.stroma.model.study.EligibilityCriterion;

/**
 * The "Eligibility criteria" tab: each criterion as the workbench checks it, in plain words,
 * beside the protocol's own wording.
 */
final class EligibilityTab {

    EligibilityTab(CTabFolder folder, DesignEdits edits) {
        Composite page = DesignTables.page(folder, "Eligibility criteria", 1);
        TableViewer viewer = DesignTables.viewer(page, true, edits, DesignTables::itself);
        DesignTables.column(viewer, "Code", 60, EligibilityCriterion.class, EligibilityCriterion::getCode);
        DesignTables.column(viewer, "Kind", 90, EligibilityCriterion.class, CriterionWording::kind);
        DesignTables.column(viewer, "Criterion", 420, EligibilityCriterion.class, CriterionWording::of);
        DesignTables.column(viewer, "Protocol wording", 420, EligibilityCriterion.class,
                EligibilityCriterion::getText);
        viewer.setInput(edits.study().getEligibilityCriteria());
    }
}
