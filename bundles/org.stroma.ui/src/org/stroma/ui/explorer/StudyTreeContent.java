package org.stroma.ui.explorer;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.StudySummary;

/**
 * The explorer's tree: the studies of the workspace, and under each its sites, arms, visits
 * and subjects, with each subject's forms by visit, read from the stored study when it is expanded.
 */
final class StudyTreeContent implements ITreeContentProvider {

    /** A labelled group of a study's records, e.g. "Subjects (18)". */
    record Group(String name, List<?> members) {
        String label() {
            return name + " (" + members.size() + ")";
        }
    }

    private final Function<String, java.util.Optional<Study>> studies;

    StudyTreeContent(Function<String, java.util.Optional<Study>> studies) {
        this.studies = studies;
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof StudySummary summary) {
            return studies.apply(summary.id()).map(study -> new Object[] {
                    new Group("Sites", study.getSites()), new Group("Arms", study.getArms()),
                    new Group("Visits", study.getVisitSchedule()), new Group("Subjects", study.getSubjects()) })
                    .orElse(new Object[0]);
        }
        if (parent instanceof Subject subject) {
            return study(subject).getVisitSchedule().stream()
                    .map(visit -> new Group(visit.getCode() + " " + visit.getName(),
                            subject.getAssessments().stream().filter(a -> a.getVisit() == visit).toList()))
                    .filter(group -> !group.members().isEmpty()).toArray();
        }
        return parent instanceof Group group ? group.members().toArray() : new Object[0];
    }

    private static Study study(Subject subject) {
        return (Study) subject.eContainer();
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof StudySummary || element instanceof Group group && !group.members().isEmpty()
                || element instanceof Subject subject && !subject.getAssessments().isEmpty();
    }
}
