package org.stroma.ui.study;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Arm;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;

/**
 * The "Arms and interventions" tab: one row per intervention of each arm, with its dose in the
 * intervention's own terms, and below it the planned injection sites of the selected one.
 */
final class ArmsTab {

    /**
     * One row of the arms table.
     *
     * @param intervention null for an arm without interventions
     * @param first        whether this is the arm's first row, which names the arm
     */
    record ArmIntervention(Arm arm, Intervention intervention, boolean first) {

        String armCell(String text) {
            return first ? text : "";
        }

        String interventionCell(String text) {
            return intervention == null ? "" : text;
        }
    }

    ArmsTab(CTabFolder folder, DesignEdits edits) {
        Study study = edits.study();
        Composite page = DesignTables.page(folder, "Arms and interventions", 1);
        TableViewer arms = DesignTables.viewer(page, true, edits,
                row -> row instanceof ArmIntervention r ? r.arm() : null);
        boolean randomized = study.getDesign() == StudyDesign.PARALLEL_RANDOMIZED;
        DesignTables.column(arms, "Arm", 90, ArmIntervention.class, r -> r.armCell(r.arm().getCode()));
        DesignTables.column(arms, "Arm name", 220, ArmIntervention.class, r -> r.armCell(r.arm().getName()));
        DesignTables.column(arms, "Weight", 60, ArmIntervention.class,
                r -> r.armCell(randomized ? Integer.toString(r.arm().getAllocationWeight()) : "-"));
        DesignTables.column(arms, "Intervention", 230, ArmIntervention.class,
                r -> r.interventionCell(InterventionWording.kind(r.intervention())));
        DesignTables.column(arms, "Target area", 140, ArmIntervention.class,
                r -> r.interventionCell(r.intervention().getTargetArea()));
        DesignTables.column(arms, "Dose", 220, ArmIntervention.class,
                r -> r.interventionCell(InterventionWording.dose(r.intervention())));
        DesignTables.column(arms, "Planned injections", 190, ArmIntervention.class,
                r -> r.interventionCell(InterventionWording.plannedInjections(r.intervention())));
        DesignTables.column(arms, "Description", 420, ArmIntervention.class,
                r -> r.interventionCell(r.intervention().getDescription()));

        Label sitesTitle = new Label(page, SWT.NONE);
        sitesTitle.setText("Select an intervention to see its planned injection sites.");
        sitesTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        TableViewer sites = DesignTables.viewer(page, true, edits, DesignTables::itself);
        DesignTables.column(sites, "Region", 160, InjectionSite.class, InjectionSite::getRegion);
        DesignTables.column(sites, "Site", 200, InjectionSite.class, InjectionSite::getSiteName);
        DesignTables.column(sites, "mL per injection", 120, InjectionSite.class,
                s -> Words.number(s.getVolumeMl()));
        DesignTables.column(sites, "Injections", 90, InjectionSite.class, s -> Integer.toString(s.getInjectionCount()));
        DesignTables.column(sites, "mL in total", 100, InjectionSite.class,
                s -> InterventionWording.totalMl(s).stripTrailingZeros().toPlainString());

        arms.addSelectionChangedListener(e -> {
            Object row = ((IStructuredSelection) e.getSelection()).getFirstElement();
            List<InjectionSite> planned = row instanceof ArmIntervention r && r.intervention() != null
                    ? r.intervention().getPlannedInjectionSites()
                    : List.of();
            sites.setInput(planned);
            sitesTitle.setText(row instanceof ArmIntervention r && r.intervention() != null
                    ? "Planned injection sites of " + InterventionWording.kind(r.intervention()).toLowerCase()
                            + " in arm " + r.arm().getCode() + ": "
                            + (planned.isEmpty() ? "none fixed by the protocol" : planned.size())
                    : "Select an intervention to see its planned injection sites.");
            page.layout(true);
        });
        List<ArmIntervention> rows = rows(study);
        arms.setInput(rows);
        if (!rows.isEmpty()) {
            arms.setSelection(new StructuredSelection(rows.get(0)));
        }
    }

    static List<ArmIntervention> rows(Study study) {
        List<ArmIntervention> rows = new ArrayList<>();
        for (Arm arm : study.getArms()) {
            if (arm.getInterventions().isEmpty()) {
                rows.add(new ArmIntervention(arm, null, true));
            }
            for (Intervention intervention : arm.getInterventions()) {
                boolean first = intervention == arm.getInterventions().get(0);
                rows.add(new ArmIntervention(arm, intervention, first));
            }
        }
        return rows;
    }
}
