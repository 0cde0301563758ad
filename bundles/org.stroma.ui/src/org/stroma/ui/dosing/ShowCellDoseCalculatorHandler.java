package org.stroma.ui.dosing;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.stroma.ui.Editors;

/**
 * Analysis &gt; Cell Dose Calculator: shows the calculator in the editor area, where it has room,
 * opening it the first time; always enabled, since it needs no study.
 */
public final class ShowCellDoseCalculatorHandler {

    /** The part descriptor in Application.e4xmi; the part opened from it carries the same id. */
    public static final String PART_ID = "org.stroma.ui.partdescriptor.cellDoseCalculator";

    @Execute
    void show(EPartService parts, EModelService models, MWindow window) {
        Editors.open(parts, models, window, PART_ID, Map.of(), "Cell Dose Calculator",
                "ADSC dose per mL of fat and the check of a counted product; nothing is saved");
    }
}
