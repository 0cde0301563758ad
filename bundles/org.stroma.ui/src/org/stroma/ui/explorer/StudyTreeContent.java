package org.stroma.ui.explorer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.store.StudySummary;
import org.stroma.ui.Refusals;

/**
 * The explorer's tree: the studies of the workspace, and under each its sites, arms, visits
 * and subjects, with each subject's forms by visit. A study is read in a Job the first time it
 * is expanded; until then it shows one "Reading" item, so a large study never freezes the window.
 */
final class StudyTreeContent implements ITreeContentProvider {

    /** A labelled group of a study's records, e.g. "Subjects (18)". */
    record Group(String name, List<?> members) {
        String label() {
            return name + " (" + members.size() + ")";
        }
    }

    /** Stands in for a study's records while they are read. */
    record Reading(String studyId, String message) {
    }

    private final Function<String, Optional<Study>> studies;
    private final Map<String, Object> read = new ConcurrentHashMap<>();
    private TreeViewer viewer;

    StudyTreeContent(Function<String, Optional<Study>> studies) {
        this.studies = studies;
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        viewer = (TreeViewer) changed;
    }

    /** Forgets the studies read so far; they are read again when next shown. */
    void forget() {
        read.clear();
    }

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> list ? list.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof StudySummary summary) {
            Object study = read.computeIfAbsent(summary.id(), id -> startReading(summary));
            return study instanceof Study s ? groups(s) : new Object[] { study };
        }
        if (parent instanceof Subject subject) {
            return study(subject).getVisitSchedule().stream()
                    .map(visit -> new Group(visit.getCode() + " " + visit.getName(),
                            subject.getAssessments().stream().filter(a -> a.getVisit() == visit).toList()))
                    .filter(group -> !group.members().isEmpty()).toArray();
        }
        return parent instanceof Group group ? group.members().toArray() : new Object[0];
    }

    private static Object[] groups(Study study) {
        return new Object[] { new Group("Sites", study.getSites()), new Group("Arms", study.getArms()),
                new Group("Visits", study.getVisitSchedule()), new Group("Subjects", study.getSubjects()) };
    }

    private Reading startReading(StudySummary summary) {
        TreeViewer shownIn = viewer;
        Job job = Job.create("Reading study " + summary.acronym(), monitor -> {
            Object result;
            try {
                result = studies.apply(summary.id()).<Object>map(s -> s)
                        .orElse(new Reading(summary.id(), "Study " + summary.id() + " is no longer in this workspace"));
            } catch (RuntimeException e) {
                result = new Reading(summary.id(), "Cannot read the study: " + Refusals.message(e));
            }
            Object done = result;
            shownIn.getControl().getDisplay().asyncExec(() -> {
                read.put(summary.id(), done);
                if (!shownIn.getControl().isDisposed()) {
                    shownIn.refresh(summary);
                }
            });
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
        return new Reading(summary.id(), "Reading the study...");
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
