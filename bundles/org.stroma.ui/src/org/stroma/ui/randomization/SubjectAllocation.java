package org.stroma.ui.randomization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectState;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.security.Permission;
import org.stroma.security.StudyAccess;
import org.stroma.study.eligibility.Enrolment;
import org.stroma.ui.InBackground;
import org.stroma.ui.MessageLine;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.subject.SubjectLabels;

/**
 * The allocation on the subject editor's Subject page: the Arm line with Randomize... beside it
 * for an investigator or coordinator while the subject is not randomized, and Emergency
 * Unblinding... for an investigator blinded in the study once it is; and a line under the facts
 * saying what came of it. Randomizing asks for confirmation (the allocation is final) and runs in
 * a Job; a refusal (not enrolled, no consent, randomized before, no list) is shown in words and
 * changes nothing. After either action the subject is read again, so the Arm line shows the arm
 * as the user may see it.
 */
public final class SubjectAllocation {

    public static final String RANDOMIZE = "Randomize...";
    public static final String UNBLIND = "Emergency Unblinding...";
    /** Title of the confirmation asked before randomizing. */
    public static final String CONFIRM_TITLE = "Randomize Subject";
    /** Title of the dialog asking why a subject is unblinded. */
    public static final String UNBLIND_TITLE = "Emergency Unblinding";

    private final MessageLine message;
    private final Consumer<String> reload;
    private final List<Button> actions = new ArrayList<>();
    private boolean running;

    /**
     * @param page   the page, to which the line saying what came of an action is added (once)
     * @param reload reads the subject again and shows it, given a line for the status bar
     */
    public SubjectAllocation(Composite page, Consumer<String> reload) {
        this.reload = reload;
        message = new MessageLine(page, "", new GridData(SWT.FILL, SWT.TOP, true, false));
        message.label().setData(Keys.RESULT, "allocation");
    }

    /**
     * Adds "Arm:" and the arm as shown to a grid of facts (two cells), with the actions the user
     * may take on this subject beside it.
     */
    public void armFact(Composite facts, String armText, StudyAccess access, Study study, Subject subject) {
        new Label(facts, SWT.NONE).setText("Arm:");
        Composite cell = new Composite(facts, SWT.NONE);
        GridLayout row = new GridLayout(3, false);
        row.marginWidth = 0;
        row.marginHeight = 0;
        cell.setLayout(row);
        cell.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label arm = new Label(cell, SWT.NONE);
        arm.setText(armText == null ? "" : armText);
        arm.setData(Keys.RESULT, "arm");
        actions.removeIf(Button::isDisposed);
        if (mayRandomize(access, study, subject)) {
            action(cell, RANDOMIZE, () -> randomize(cell.getShell(), access, study, subject));
        }
        if (mayUnblind(access, study, subject)) {
            action(cell, UNBLIND, () -> unblind(cell.getShell(), access, study, subject));
        }
    }

    /** Whether the subject has been randomized, also where the arm is withheld from the user. */
    static boolean randomized(Subject subject) {
        return subject.getAllocatedArm() != null
                || subject.getEvents().stream().anyMatch(e -> e.getState() == SubjectState.ALLOCATED);
    }

    /** Screened or enrolled, not randomized, in a study with arms to choose from, by a user who randomizes. */
    private static boolean mayRandomize(StudyAccess access, Study study, Subject subject) {
        SubjectState state = Enrolment.currentState(subject);
        return access.session().can(Permission.RANDOMIZE_SUBJECTS) && study.getArms().size() > 1
                && !randomized(subject) && (state == SubjectState.SCREENED || state == SubjectState.ENROLLED);
    }

    /** Randomized, its arm withheld from this user, who is blinded and may unblind. */
    private static boolean mayUnblind(StudyAccess access, Study study, Subject subject) {
        return access.session().can(Permission.UNBLIND_SUBJECT) && access.isBlindedIn(study)
                && subject.getAllocatedArm() == null && randomized(subject);
    }

    private void action(Composite cell, String text, Runnable run) {
        Button button = new Button(cell, SWT.PUSH);
        button.setText(text);
        button.setEnabled(!running);
        button.addListener(SWT.Selection, e -> run.run());
        actions.add(button);
    }

    private void randomize(Shell shell, StudyAccess access, Study study, Subject subject) {
        String who = SubjectLabels.id(subject);
        MessageDialog confirm = new MessageDialog(shell, CONFIRM_TITLE, null, "Randomize subject " + who + " of "
                + study.getAcronym() + " now?\n\nThe allocation is final: it cannot be changed or made again. The"
                + " subject must be enrolled and have a signed consent in force.", MessageDialog.QUESTION, 0,
                "Randomize", "Cancel");
        if (confirm.open() != 0) {
            return;
        }
        String studyId = study.getId();
        String recordId = subject.getId();
        running(true);
        message.note("Randomizing " + who + "...");
        InBackground.run("Randomizing " + who, shell.getDisplay(),
                () -> new StudyRandomization(access).randomize(studyId, recordId), outcome -> {
                    if (message.label().isDisposed()) {
                        return; // the editor was closed meanwhile; it shows the arm when opened again
                    }
                    running(false);
                    String done = RandomizationWords.randomized(outcome);
                    message.note(done);
                    reload.accept(done);
                }, failure -> {
                    running(false);
                    message.refuse(RandomizationWords.refusal(failure));
                });
    }

    private void unblind(Shell shell, StudyAccess access, Study study, Subject subject) {
        String who = SubjectLabels.id(subject);
        Optional<String> reason = ReasonForChangeDialog.ask(shell, UNBLIND_TITLE,
                "Why must the arm of " + who + " be revealed?", "Emergency unblinding shows you, and nobody else, the arm of "
                        + who + ". The reason is kept in the audit trail and the allocation log.", "Unblind");
        if (reason.isEmpty()) {
            return;
        }
        String recordId = subject.getId();
        running(true);
        message.note("Unblinding " + who + "...");
        InBackground.run("Unblinding " + who, shell.getDisplay(), () -> {
            access.oversight().unblind(study, recordId, reason.get());
            return who;
        }, unblinded -> {
            if (message.label().isDisposed()) {
                return;
            }
            running(false);
            String done = "Unblinded " + unblinded + " in an emergency; the reason is in the allocation log";
            message.note(done);
            reload.accept(done);
        }, failure -> {
            running(false);
            message.refuse(RandomizationWords.refusal(failure));
        });
    }

    private void running(boolean now) {
        running = now;
        actions.removeIf(Button::isDisposed);
        actions.forEach(b -> b.setEnabled(!now));
    }
}
