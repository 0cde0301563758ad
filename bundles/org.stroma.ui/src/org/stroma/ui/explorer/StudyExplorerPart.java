package org.stroma.ui.explorer;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.security.Permission;
import org.stroma.store.StudySummary;
import org.stroma.ui.Refusals;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;
import org.stroma.ui.study.StudyEditors;
import org.stroma.ui.subject.SubjectEditors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Study Explorer: the studies of the workspace, as the signed-in user may see them.
 * Selecting a study makes it the active selection; double-click or Enter opens it in the editor
 * area. Empty while nobody is signed in.
 */
public final class StudyExplorerPart {

    /** Shown until the database is open, and when it cannot be. */
    static final String OPENING = "Opening the study database...";
    static final String SIGNED_OUT = "Sign in to see the studies.";

    @Inject
    private ESelectionService selection;

    @Inject
    private EPartService parts;

    @Inject
    private EModelService models;

    @Inject
    private MWindow window;

    private Label message;
    private TreeViewer viewer;
    private StudyTreeContent content;
    private WorkspaceSession session;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        message = new Label(parent, SWT.WRAP);
        message.setText(OPENING);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        content = new StudyTreeContent(this::loadStudy);
        viewer.setContentProvider(content);
        addColumn("Study", 190, ExplorerLabels::of);
        addColumn("Planned", 65, e -> e instanceof StudySummary s ? Integer.toString(s.plannedSubjects()) : "");
        addColumn("Data", 95, e -> e instanceof StudySummary s ? (s.synthetic() ? "SYNTHETIC" : "clinical") : "");
        addColumn("Design", 260, e -> e instanceof StudySummary s ? s.design() : "");
        viewer.addSelectionChangedListener(e -> selection.setSelection(
                ((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.addOpenListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen instanceof StudySummary study) {
                StudyEditors.open(parts, models, window, study);
            } else if (chosen instanceof Subject subject) {
                SubjectEditors.open(parts, models, window, subject);
            } else if (chosen instanceof Assessment form && form.eContainer() instanceof Subject subject) {
                SubjectEditors.open(parts, models, window, subject);
            }
        });
        fill();
    }

    /** Reads a study in a Job of the tree; each read has its own view of the data. */
    private java.util.Optional<Study> loadStudy(String id) {
        WorkspaceSession reading = session;
        return reading == null ? java.util.Optional.empty() : reading.studies().loadStudy(id);
    }

    private void addColumn(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof StudySummary study ? study.title() : null;
            }
        });
    }

    /**
     * Injected before {@link #create} when a user is signed in already, or later on sign-in;
     * with null on sign-out. Fills the explorer and opens the first study, so a start shows a
     * study at once (unless the user may not see study data).
     */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        session = signedIn;
        if (signedIn == null) {
            empty();
        } else {
            fill();
        }
    }

    private void empty() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        content.forget();
        viewer.setInput(List.of());
        message.setText(SIGNED_OUT);
        message.getParent().layout();
    }

    private void fill() {
        if (session == null || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<StudySummary> studies = reload();
        if (!studies.isEmpty() && session.can(Permission.VIEW_STUDY_DATA)) {
            viewer.setSelection(new StructuredSelection(studies.get(0)), true);
            StudyEditors.open(parts, models, window, studies.get(0));
        }
    }

    @Inject
    @Optional
    void studiesChanged(@UIEventTopic(UiTopics.STUDIES_CHANGED) Object ignored) {
        if (session != null && !viewer.getControl().isDisposed()) {
            reload();
        }
    }

    @Inject
    @Optional
    void recordsSaved(@UIEventTopic(UiTopics.RECORDS_SAVED) String studyId) {
        if (session != null && !viewer.getControl().isDisposed()) {
            content.forget();
            viewer.refresh();
        }
    }

    @Inject
    @Optional
    void statusChanged(@UIEventTopic(UiTopics.STATUS) String status) {
        // Until someone is signed in, what happens to the database belongs in the explorer too.
        if (session == null && message != null && !message.isDisposed()) {
            message.setText(status);
            message.getParent().layout();
        }
    }

    private List<StudySummary> reload() {
        List<StudySummary> studies;
        try {
            studies = session.studies().studies();
        } catch (RuntimeException e) {
            message.setText("Cannot list the studies: " + Refusals.message(e));
            message.getParent().layout();
            return List.of();
        }
        content.forget();
        viewer.setInput(studies);
        message.setText(studies.size() + (studies.size() == 1 ? " study in " : " studies in ")
                + session.database().folder().getFileName());
        message.getParent().layout();
        return studies;
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }
}
