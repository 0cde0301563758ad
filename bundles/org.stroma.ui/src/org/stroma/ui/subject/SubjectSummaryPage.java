package org.stroma.ui.subject;

import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Consent;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.study.eligibility.Enrolment;
import org.stroma.study.records.DomainWords;
import org.stroma.ui.RecordTable;
import org.stroma.ui.randomization.SubjectAllocation;

/**
 * The subject's record: who, where, the allocated arm (or "(blinded)" for a user blinded in the
 * study), diagnosis, consent, and the path through the study.
 */
final class SubjectSummaryPage implements SubjectPage {

    /** What a blinded user reads in place of the arm. */
    static final String BLINDED = "(blinded)";

    private final SubjectEditing editing;
    private final Composite page;
    private final Composite facts;
    private final RecordTable<SubjectEvent> path;
    private final SubjectAllocation allocation;

    SubjectSummaryPage(Composite parent, SubjectEditing editing, ESelectionService selection) {
        this.editing = editing;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        facts = new Composite(page, SWT.NONE);
        facts.setLayout(new GridLayout(4, false));
        facts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        allocation = new SubjectAllocation(page, done -> editing.oversee("Not Read Again", done, access -> { }));
        new Label(page, SWT.NONE).setText("Path through the study:");
        path = new RecordTable<>(page);
        path.column("Step", 140, e -> SubjectLabels.state(e.getState()));
        path.column("Date", 100, e -> SubjectLabels.day(e.getDate()));
        path.column("Visit", 160, e -> e.getVisit() == null ? "" : e.getVisit().getName());
        path.column("Reason", 360, e -> e.getReason() == null ? "" : e.getReason());
        path.viewer().addSelectionChangedListener(e -> selection.setSelection(
                ((IStructuredSelection) e.getSelection()).getFirstElement()));
    }

    /** One line naming the subject, its study and where it is now, e.g. for the editor's top. */
    static String headline(SubjectSession session) {
        Subject s = session.subject();
        Study study = session.study();
        return "Subject " + SubjectLabels.id(s) + " (screening " + s.getScreeningId() + ") of " + study.getAcronym()
                + ": " + SubjectLabels.state(Enrolment.currentState(s))
                + (s.getSite() == null ? "" : ", site " + s.getSite().getCode())
                + (study.isSynthetic() ? "   SYNTHETIC DATA" : "");
    }

    @Override
    public Control control() {
        return page;
    }

    @Override
    public void show() {
        for (Control child : facts.getChildren()) {
            child.dispose();
        }
        Subject s = editing.subject();
        fact("Screening id", s.getScreeningId());
        fact("Subject id", s.getSubjectId() == null ? "not enrolled" : s.getSubjectId());
        fact("Site", s.getSite() == null ? "" : s.getSite().getCode() + " " + s.getSite().getName());
        allocation.armFact(facts, arm(s), editing.session().access(), editing.session().study(), s);
        fact("Sex", DomainWords.literal(s.getSex()));
        fact("Date of birth", SubjectLabels.day(s.getDateOfBirth()));
        fact("BMI", s.isSetBmi() ? String.format("%.1f kg/m\u00b2", s.getBmi()) : "");
        fact("Diagnosis", DomainWords.literal(s.getDiagnosis()) + (s.getSubtype() == null ? "" : ", " + s.getSubtype()));
        fact("Disease duration", s.getDiseaseDurationMonths() + " months, " + (s.isDiseaseActive() ? "active" : "inactive"));
        fact("Consent", consent(s.getConsents()));
        fact("Eligibility override", s.getEligibilityOverride() == null ? "none"
                : String.join(", ", s.getEligibilityOverride().getCriterionCodes()) + ": "
                        + s.getEligibilityOverride().getReason());
        path.show(s.getEvents());
        page.layout(true, true);
    }

    /**
     * The allocated arm; a blinded user's study holds no allocation (but for subjects unblinded
     * to that user), so "(blinded)" is all such a user reads.
     */
    private String arm(Subject s) {
        Arm arm = s.getAllocatedArm();
        if (arm != null) {
            return arm.getCode() + " " + arm.getName();
        }
        return editing.session().access().isBlindedIn(editing.session().study()) ? BLINDED : "not allocated";
    }

    private static String consent(List<Consent> consents) {
        if (consents.isEmpty()) {
            return "not recorded";
        }
        Consent last = consents.get(consents.size() - 1);
        return "version " + last.getVersion() + " on " + SubjectLabels.day(last.getDate())
                + (last.getWithdrawnDate() == null ? "" : ", withdrawn " + SubjectLabels.day(last.getWithdrawnDate()));
    }

    private void fact(String name, String value) {
        new Label(facts, SWT.NONE).setText(name + ":");
        Label text = new Label(facts, SWT.NONE);
        text.setText(value == null ? "" : value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }
}
