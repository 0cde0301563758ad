package org.stroma.ui.randomization;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.model.study.Study;
import org.stroma.randomization.Factor;
import org.stroma.randomization.study.StudySchemes;

/**
 * One factor on the scheme page, in a grid of three columns: a check box naming it, its levels
 * (from the design, or typed for a free-text attribute such as {@code subtype}) and its weight in
 * minimization.
 */
final class FactorRow {

    private final String name;
    private final Button use;
    private final Text levels;
    private final Label shownLevels;
    private final Text weight;

    /**
     * @param designLevels the factor's levels as the design gives them; empty for a free-text
     *                     attribute, whose levels are typed
     */
    FactorRow(Composite grid, String name, List<String> designLevels, boolean ticked, Runnable changed) {
        this.name = name;
        use = new Button(grid, SWT.CHECK);
        use.setText(name);
        use.setSelection(ticked);
        use.setData(Keys.FIELD, "factor:" + name);
        use.addListener(SWT.Selection, e -> changed.run());
        if (designLevels.isEmpty()) {
            levels = new Text(grid, SWT.BORDER);
            levels.setMessage("levels, e.g. limited|diffuse");
            levels.setData(Keys.FIELD, "levels:" + name);
            levels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            levels.addListener(SWT.Modify, e -> changed.run());
            shownLevels = null;
        } else {
            levels = null;
            shownLevels = new Label(grid, SWT.NONE);
            shownLevels.setText(String.join(", ", designLevels));
            shownLevels.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        weight = new Text(grid, SWT.BORDER | SWT.RIGHT);
        weight.setText("1");
        weight.setData(Keys.FIELD, "weight:" + name);
        GridData narrow = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        narrow.widthHint = 50;
        weight.setLayoutData(narrow);
        weight.addListener(SWT.Modify, e -> changed.run());
    }

    boolean ticked() {
        return use.getSelection();
    }

    /**
     * @return the factor as ticked, with its weight and levels
     * @throws IllegalArgumentException naming the factor when its weight or levels are wrong
     */
    Factor factor(Study design) {
        double w;
        try {
            w = Double.parseDouble(weight.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the weight of factor " + name + " must be a number above 0, such as 1",
                    e);
        }
        List<String> typed = levels == null ? List.of()
                : Arrays.stream(levels.getText().split("[|,]")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (levels != null && typed.size() < 2) {
            throw new IllegalArgumentException("factor " + name + " is free text: type its levels, e.g. limited|diffuse");
        }
        return StudySchemes.factor(design, name, w, typed);
    }

    /** Removes the row's widgets from the grid. */
    void dispose() {
        for (Control c : new Control[] {use, levels, shownLevels, weight}) {
            if (c != null) {
                c.dispose();
            }
        }
    }
}
