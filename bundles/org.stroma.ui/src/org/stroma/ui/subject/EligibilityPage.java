package org.stroma.ui.subject;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.stroma.model.study.Subject;
import org.stroma.model.study.SubjectEvent;
import org.stroma.model.study.SubjectState;
import org.stroma.study.eligibility.CriterionOutcome;
import org.stroma.study.eligibility.CriterionResult;
import org.stroma.study.eligibility.EligibilityEvaluator;
import org.stroma.study.eligibility.EligibilityReport;
import org.stroma.study.eligibility.Enrolment;
import org.stroma.study.eligibility.EnrolmentDecision;
import org.stroma.study.records.CalendarDays;
import org.stroma.study.records.DomainWords;
import org.stroma.ui.ReasonForChangeDialog;
import org.stroma.ui.RecordTable;

/**
 * The eligibility checklist: every criterion of the protocol with what the subject's data say
 * and why, and enrolment, which a failing subject gets only under an override with a reason.
 */
final class EligibilityPage implements SubjectPage {

    static final String ENROL = "Enrol Subject...";
    static final String OVERRIDE_TITLE = "Eligibility Override";

    private final SubjectEditing editing;
    private final EligibilityEvaluator evaluator;
    private final Composite page;
    private final Label verdict;
    private final RecordTable<CriterionResult> checklist;
    private final Button enrol;

    EligibilityPage(Composite parent, SubjectEditing editing, EligibilityEvaluator evaluator) {
        this.editing = editing;
        this.evaluator = evaluator;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        verdict = new Label(page, SWT.WRAP);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        enrol = new Button(page, SWT.PUSH);
        enrol.setText(ENROL);
        enrol.addListener(SWT.Selection, e -> enrol());
        checklist = new RecordTable<>(page);
        checklist.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        checklist.column("Code", 55, CriterionResult::code);
        checklist.column("Kind", 80, r -> DomainWords.literal(r.kind()));
        checklist.column("Criterion", 330, CriterionResult::text);
        checklist.column("Result", 110, EligibilityPage::result);
        checklist.column("Why", 420, CriterionResult::reason);
    }

    @Override
    public Control control() {
        return page;
    }

    /** Screened subjects are checked as of today; others as of the day they were enrolled or excluded. */
    private LocalDate asOf(Subject subject) {
        return subject.getEvents().stream().filter(e -> e.getState() != SubjectState.SCREENED).findFirst()
                .map(SubjectEvent::getDate).map(CalendarDays::day).orElse(LocalDate.now());
    }

    private EligibilityReport report() {
        Subject subject = editing.subject();
        return evaluator.evaluate(editing.session().study(), subject, asOf(subject));
    }

    @Override
    public void show() {
        Subject subject = editing.subject();
        EligibilityReport report = report();
        checklist.show(report.results());
        SubjectState state = Enrolment.currentState(subject);
        String override = subject.getEligibilityOverride() == null ? ""
                : "  Enrolled under an override of " + String.join(", ", subject.getEligibilityOverride().getCriterionCodes())
                        + " by " + subject.getEligibilityOverride().getApprovedBy() + ": "
                        + subject.getEligibilityOverride().getReason();
        verdict.setText((report.eligible() ? "Eligible" : "Not eligible: " + report.failures().size()
                + (report.failures().size() == 1 ? " criterion fails" : " criteria fail")) + " as of " + report.asOf()
                + "; subject is " + SubjectLabels.state(state) + "." + override);
        enrol.setEnabled(state == SubjectState.SCREENED);
        page.layout(true, true);
    }

    private void enrol() {
        EligibilityReport report = report();
        EnrolmentDecision decision;
        if (report.eligible()) {
            if (!MessageDialog.openConfirm(editing.shell(), "Enrol Subject", "Enrol " + SubjectLabels.id(editing.subject())
                    + "? Every criterion is met as of " + report.asOf() + ".")) {
                return;
            }
            decision = EnrolmentDecision.decide(report);
        } else {
            String failures = report.failures().stream().map(r -> r.code() + ": " + r.reason())
                    .collect(Collectors.joining("; "));
            Optional<String> reason = ReasonForChangeDialog.ask(editing.shell(), OVERRIDE_TITLE,
                    "Enrol despite failed criteria?", "Failing: " + failures
                            + ". Enrolment needs an override; its reason and your name are kept in the audit trail.",
                    "Enrol with Override");
            if (reason.isEmpty()) {
                return;
            }
            decision = EnrolmentDecision.decide(report, reason.get());
        }
        editing.save("Enrolment of " + SubjectLabels.id(editing.subject()), false,
                subject -> Enrolment.record(subject, decision, report.asOf(), editing.user().userName()));
    }

    private static String result(CriterionResult r) {
        if (!r.blocksEnrolment()) {
            return "passes";
        }
        return r.outcome() == CriterionOutcome.NOT_RECORDED ? "FAILS: not recorded" : "FAILS";
    }
}
