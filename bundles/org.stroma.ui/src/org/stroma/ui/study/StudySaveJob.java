package org.stroma.ui.study;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.stroma.model.study.Study;
import org.stroma.security.StudyAccess;
import org.stroma.store.StoreException;
import org.stroma.store.StudySummary;
import org.stroma.ui.Refusals;

/**
 * Saves a design editor's changes off the UI thread: reads the study as stored now, writes the
 * changed design fields into it and saves it whole, through the user's access to study data,
 * with the reason for change, so the audit trail records old and new values under the user's
 * name and the access control refuses what the user's role may not change. What happened is in {@link #outcome()} once the
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

    private final StudyAccess access;
    private final String studyId;
    private final List<DesignChanges.Change> changes;
    private final String reason;
    private volatile Outcome outcome;

    StudySaveJob(StudyAccess access, String studyId, List<DesignChanges.Change> changes, String reason) {
        super("Saving the design of study " + studyId);
        this.access = access;
        this.studyId = studyId;
        this.changes = List.copyOf(changes);
        this.reason = reason;
        setPriority(SHORT);
    }

    /** How the save ended; null while it has not run (or was cancelled before it could). */
    Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            Study stored = access.loadStudy(studyId)
                    .orElseThrow(() -> new StoreException("study " + studyId + " is no longer in the database"));
            List<String> conflicts = DesignChanges.applyTo(stored, changes);
            if (!conflicts.isEmpty()) {
                outcome = Outcome.failed("The design was changed elsewhere since this editor read it ("
                        + String.join("; ", conflicts) + "). Nothing was saved; close the editor and open the "
                        + "study again to see the current design.");
                return Status.warning(outcome.failure());
            }
            access.saveStudy(stored, reason);
            outcome = new Outcome(access.study(studyId).orElse(null), null);
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            // A refusal (the role, a locked record, a missing reason) is the user's to read, not a fault.
            outcome = Outcome.failed(Refusals.message(e));
            return Refusals.isRefusal(e)
                    ? Status.warning("The design of study " + studyId + " was not saved: " + outcome.failure(), e)
                    : Status.error("The design of study " + studyId + " was not saved", e);
        }
    }
}
