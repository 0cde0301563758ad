package org.stroma.ui.study;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.stroma.model.study.Study;
import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudySummary;

/**
 * Saves a design editor's changes off the UI thread: reads the study as stored now, writes the
 * changed design fields into it and saves it whole with the user and the reason for change, so
 * the audit trail records old and new values. What happened is in {@link #outcome()} once the
 * Job is done.
 */
final class StudySaveJob extends Job {

    /**
     * How a save ended.
     *
     * @param summary the study's entry in the study list after the save; null when not saved
     * @param failure why nothing was saved; null when saved
     */
    record Outcome(StudySummary summary, String failure) {

        static Outcome failed(String failure) {
            return new Outcome(null, failure);
        }

        boolean saved() {
            return failure == null;
        }
    }

    private final StudyDatabase database;
    private final String studyId;
    private final List<DesignChanges.Change> changes;
    private final ChangeContext change;
    private volatile Outcome outcome;

    StudySaveJob(StudyDatabase database, String studyId, List<DesignChanges.Change> changes, ChangeContext change) {
        super("Saving the design of study " + studyId);
        this.database = database;
        this.studyId = studyId;
        this.changes = List.copyOf(changes);
        this.change = change;
        setPriority(SHORT);
    }

    /** How the save ended; null while it has not run (or was cancelled before it could). */
    Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Study stored = database.loadStudy(studyId)
                    .orElseThrow(() -> new StoreException("study " + studyId + " is no longer in the database"));
            List<String> conflicts = DesignChanges.applyTo(stored, changes);
            if (!conflicts.isEmpty()) {
                outcome = Outcome.failed("The design was changed elsewhere since this editor read it ("
                        + String.join("; ", conflicts) + "). Nothing was saved; close the editor and open the "
                        + "study again to see the current design.");
                return Status.warning(outcome.failure());
            }
            database.saveStudy(stored, change);
            outcome = new Outcome(database.study(studyId).orElse(null), null);
            return Status.OK_STATUS;
        } catch (StoreException e) {
            outcome = Outcome.failed(e.getMessage());
            return Status.error("The design of study " + studyId + " was not saved: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            outcome = Outcome.failed("Unexpected failure: " + e);
            return Status.error("The design of study " + studyId + " was not saved", e);
        }
    }
}
