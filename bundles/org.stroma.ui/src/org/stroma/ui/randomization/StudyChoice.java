package org.stroma.ui.randomization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.stroma.store.StudySummary;
import org.stroma.ui.InBackground;
import org.stroma.ui.WorkspaceSession;

/**
 * A drop-down of the workspace's studies by acronym, read in a Job; tells its listener the study
 * chosen (also the one chosen first, when it is in the list).
 */
final class StudyChoice {

    private final Combo combo;
    private final List<StudySummary> studies = new ArrayList<>();
    private final Consumer<StudySummary> chosen;
    /** The study to choose once the studies are read (a choice asked for while they are being read). */
    private String wanted;

    StudyChoice(Composite parent, Consumer<StudySummary> chosen) {
        this.chosen = chosen;
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(Keys.FIELD, "study");
        combo.addListener(SWT.Selection, e -> selected().ifPresent(study -> {
            wanted = study.id();
            chosen.accept(study);
        }));
    }

    Combo combo() {
        return combo;
    }

    /**
     * Reads the studies and chooses {@code studyId} among them (none when it is null or not there).
     *
     * @param failed told why the studies could not be read
     */
    void fill(WorkspaceSession session, String studyId, Consumer<Exception> failed) {
        if (studyId != null) {
            wanted = studyId;
        }
        InBackground.run("Reading the studies", combo.getDisplay(), () -> session.studies().studies(), read -> {
            if (combo.isDisposed()) {
                return;
            }
            studies.clear();
            studies.addAll(read);
            combo.setItems(read.stream().map(StudySummary::acronym).toArray(String[]::new));
            combo.getParent().layout(true);
            if (wanted != null) {
                choose(wanted);
            }
        }, failed);
    }

    /** Chooses the study with this id, and tells the listener: now if it is listed, else once it is. */
    void choose(String studyId) {
        wanted = studyId;
        for (int i = 0; i < studies.size(); i++) {
            if (studies.get(i).id().equals(studyId)) {
                combo.select(i);
                chosen.accept(studies.get(i));
                return;
            }
        }
    }

    Optional<StudySummary> selected() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= studies.size() ? Optional.empty() : Optional.of(studies.get(index));
    }

    void clear() {
        studies.clear();
        combo.removeAll();
    }
}
