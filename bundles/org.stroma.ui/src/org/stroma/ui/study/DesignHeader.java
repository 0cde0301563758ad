package org.stroma.ui.study;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Study;
import org.stroma.store.StudySummary;

/**
 * The top of a design editor: the study's title, its id and design as the study list shows
 * them, whether there are unsaved changes, and the Save button.
 */
final class DesignHeader {

    static final String SAVE = "Save";

    private final Label title;
    private final Label id;
    private final Label design;
    private final Label state;
    private final Button save;

    DesignHeader(Composite parent, Runnable onSave) {
        Composite header = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.horizontalSpacing = 18;
        header.setLayout(layout);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title = new Label(header, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        GridData titleLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        titleLayout.widthHint = 640;
        title.setLayoutData(titleLayout);
        save = new Button(header, SWT.PUSH);
        save.setText(SAVE);
        save.setToolTipText("Save the changed design, with a reason for change");
        save.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
        save.addListener(SWT.Selection, e -> onSave.run());
        id = new Label(header, SWT.NONE);
        design = new Label(header, SWT.NONE);
        design.setToolTipText("The design as the study list shows it, from the last save");
        state = new Label(header, SWT.NONE);
        state.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
    }

    void show(Study study, StudySummary summary) {
        title.setText(study.getTitle() == null ? "" : study.getTitle());
        id.setText(study.getId());
        design.setText(summary == null ? "" : summary.design());
        title.getParent().layout(true);
    }

    /** Shows how many changes wait to be saved, and enables Save when there are any. */
    void unsaved(int changes, boolean saving) {
        save.setEnabled(changes > 0 && !saving);
        state(saving ? "Saving..." : changes == 0 ? "No unsaved changes"
                : changes + (changes == 1 ? " unsaved change" : " unsaved changes"));
    }

    void state(String text) {
        state.setText(text);
        state.getParent().layout(true);
    }
}
