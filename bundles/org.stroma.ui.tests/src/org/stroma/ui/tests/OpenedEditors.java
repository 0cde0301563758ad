package org.stroma.ui.tests;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.stroma.model.study.Subject;
import org.stroma.ui.testing.UiRobot;

/** Opens records from the Study Explorer, as a person double-clicks them, and finds their editors. */
final class OpenedEditors {

    static final String EXPLORER = "org.stroma.ui.part.studyExplorer";
    static final String STUDY_EDITOR = "org.stroma.ui.partdescriptor.studyDesign";
    static final String SUBJECT_EDITOR = "org.stroma.ui.partdescriptor.subject";

    private OpenedEditors() {
    }

    static Tree explorer(UiRobot robot, RunningWorkbench workbench) {
        Tree tree = robot.find(workbench.partControl(EXPLORER), Tree.class, t -> true);
        robot.waitUntil("the demo studies in the Study Explorer", () -> tree.getItemCount() == 4);
        return tree;
    }

    /** Opens an enrolled subject under its study and waits until its pages show. */
    static Composite subject(UiRobot robot, RunningWorkbench workbench, String acronym, Subject subject) {
        Tree tree = explorer(robot, workbench);
        robot.open(tree, robot.selectPath(tree, acronym, "Subjects", subject.getSubjectId() + " "));
        robot.waitUntil("the subject editor of " + subject.getSubjectId(), () -> part(workbench, SUBJECT_EDITOR,
                subject.getSubjectId()) != null && !robot.findAll((Control) part(workbench, SUBJECT_EDITOR,
                        subject.getSubjectId()).getWidget(), CTabFolder.class, t -> true).isEmpty());
        return (Composite) part(workbench, SUBJECT_EDITOR, subject.getSubjectId()).getWidget();
    }

    /** The open editor of this kind with this label, or null. */
    static MPart part(RunningWorkbench workbench, String descriptor, String label) {
        return workbench.parts().getParts().stream()
                .filter(p -> descriptor.equals(p.getElementId()) && label.equals(p.getLabel()) && p.getWidget() != null)
                .findFirst().orElse(null);
    }
}
