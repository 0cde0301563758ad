package org.stroma.ui.study;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.store.StudySummary;
import org.stroma.ui.OpenedWorkspace;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The study editor's overview page: what the study is and how it is designed. */
public final class StudyOverviewPart {

    @Inject
    private MPart part;

    private Composite form;
    private OpenedWorkspace workspace;

    @PostConstruct
    void create(Composite parent) {
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        fill();
    }

    /** Injected before {@link #create} when the database is open, or later when it opens. */
    @Inject
    @Optional
    void workspaceOpened(OpenedWorkspace opened) {
        workspace = opened;
        fill();
    }

    private void fill() {
        if (workspace == null || form == null || form.isDisposed()) {
            return;
        }
        String studyId = part.getPersistedState().get(StudyEditors.STUDY_ID_KEY);
        workspace.database().study(studyId).ifPresentOrElse(this::show,
                () -> row("Study", "Study " + studyId + " is not in this workspace"));
        form.layout(true, true);
    }

    private void show(StudySummary study) {
        for (var child : form.getChildren()) {
            child.dispose();
        }
        Label title = new Label(form, SWT.WRAP);
        title.setText(study.title());
        title.setFont(JFaceResources.getHeaderFont());
        GridData titleData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        titleData.widthHint = 600;
        title.setLayoutData(titleData);
        row("Acronym", study.acronym());
        row("Study id", study.id());
        row("Design", study.design());
        row("Registry", study.registryId().isEmpty() ? "not registered" : study.registryId());
        row("Planned subjects", Integer.toString(study.plannedSubjects()));
        if (study.synthetic()) {
            Label mark = row("Data", "SYNTHETIC DATA (demo study, not from patients)");
            mark.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        part.setLabel(study.acronym());
    }

    private Label row(String name, String value) {
        Label label = new Label(form, SWT.NONE);
        label.setText(name + ":");
        Label text = new Label(form, SWT.WRAP);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return text;
    }
}
