package org.stroma.ui.subject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.InstrumentRegistry;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.security.Permission;
import org.stroma.study.forms.AssessmentForms;
import org.stroma.study.records.CalendarDays;

/**
 * The subject's eCRF forms by visit: the visit schedule with the forms filled at each visit,
 * a new form for any visit and instrument, and the chosen form beside with its lock and
 * signatures. A locked form, and every form for a user who may not enter forms, is read-only.
 */
final class FormsPage implements SubjectPage {

    static final String NEW_FORM = "New Form";

    private final SubjectEditing editing;
    private final InstrumentRegistry instruments;
    private final ESelectionService selection;
    private final SashForm page;
    private final TreeViewer forms;
    private final Combo visit;
    private final Combo instrument;
    private final InstrumentFormView view;
    private final FormOversight oversight;
    private String shownAssessmentId;

    FormsPage(Composite parent, SubjectEditing editing, InstrumentRegistry instruments, ESelectionService selection) {
        this.editing = editing;
        this.instruments = instruments;
        this.selection = selection;
        page = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(page, SWT.NONE);
        left.setLayout(new GridLayout(2, false));
        forms = new TreeViewer(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        forms.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        forms.setContentProvider(new VisitForms());
        forms.setLabelProvider(LabelProvider.createTextProvider(this::label));
        forms.addSelectionChangedListener(e -> chosen(((IStructuredSelection) e.getSelection()).getFirstElement()));
        new Label(left, SWT.NONE).setText("Visit:");
        visit = new Combo(left, SWT.READ_ONLY);
        visit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(left, SWT.NONE).setText("Instrument:");
        instrument = new Combo(left, SWT.READ_ONLY);
        instrument.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button start = new Button(left, SWT.PUSH);
        start.setText(NEW_FORM);
        start.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false, 2, 1));
        start.addListener(SWT.Selection, e -> startNew());
        Composite right = new Composite(page, SWT.NONE);
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        view = new InstrumentFormView(right);
        oversight = new FormOversight(right, editing, view::changed);
        oversight.control().moveAbove(view.control());
        view.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        page.setWeights(28, 72);
    }

    @Override
    public Control control() {
        return page;
    }

    @Override
    public void show() {
        List<VisitDefinition> schedule = editing.session().study().getVisitSchedule();
        forms.setInput(editing.subject());
        forms.expandAll();
        visit.setItems(schedule.stream().map(v -> v.getCode() + " " + v.getName()).toArray(String[]::new));
        instrument.setItems(instruments.instruments().stream().map(i -> i.shortName() + " (" + i.id() + ")")
                .toArray(String[]::new));
        assessment(shownAssessmentId).ifPresentOrElse(a -> {
            forms.setSelection(new StructuredSelection(a), true);
            showAssessment(a);
        }, () -> {
            view.empty("Choose a form on the left, or start a new one.");
            oversight.show(null, null);
        });
    }

    /** Whether the user may type into forms at all (a monitor, say, may not). */
    private boolean entersForms() {
        return editing.user().can(Permission.ENTER_ASSESSMENTS) || editing.user().can(Permission.ENTER_SUBJECT_DATA);
    }

    private Optional<Assessment> assessment(String id) {
        return editing.subject().getAssessments().stream().filter(a -> Objects.equals(a.getId(), id)).findFirst();
    }

    private void chosen(Object element) {
        if (element instanceof Assessment a && !a.getId().equals(shownAssessmentId) && mayLeave()) {
            selection.setSelection(a);
            showAssessment(a);
        }
    }

    /** Asks before typed changes are thrown away. */
    private boolean mayLeave() {
        return !view.changed() || MessageDialog.openQuestion(editing.shell(), "Discard Changes",
                "The form shown has changes that are not saved. Discard them?");
    }

    private void showAssessment(Assessment a) {
        Optional<Instrument> shown = instruments.instrument(a.getInstrumentId());
        shownAssessmentId = a.getId();
        String what = shown.map(Instrument::shortName).orElse(a.getInstrumentId()) + " at " + a.getVisit().getName();
        oversight.show(a, what);
        if (shown.isEmpty()) {
            view.empty("Instrument " + a.getInstrumentId() + " is not installed, so this form cannot be shown.");
            return;
        }
        String assessmentId = a.getId();
        view.show(shown.get(), a.getVisit(), a, editing.user().fullName(), (form, filled) -> editing.save(
                what, true, subject -> {
                    Assessment stored = subject.getAssessments().stream()
                            .filter(s -> s.getId().equals(assessmentId)).findFirst().orElseThrow();
                    stored.setDate(CalendarDays.date(filled.date()));
                    stored.setAssessor(filled.assessor());
                    stored.setAssessorBlinded(filled.blinded());
                    AssessmentForms.update(stored, shown.get(), filled.values());
                }));
        if (oversight.lockOfShown().isPresent() || !entersForms()) {
            view.readOnly();
        }
    }

    private void startNew() {
        if (visit.getSelectionIndex() < 0 || instrument.getSelectionIndex() < 0) {
            MessageDialog.openInformation(editing.shell(), NEW_FORM, "Choose the visit and the instrument first.");
            return;
        }
        if (!mayLeave()) {
            return;
        }
        VisitDefinition at = editing.session().study().getVisitSchedule().get(visit.getSelectionIndex());
        Instrument chosen = instruments.instruments().get(instrument.getSelectionIndex());
        String visitId = at.getId();
        shownAssessmentId = null;
        forms.setSelection(StructuredSelection.EMPTY);
        oversight.show(null, null);
        view.show(chosen, at, null, editing.user().fullName(), (form, filled) -> {
            Assessment[] added = new Assessment[1];
            if (editing.save(chosen.shortName() + " at " + at.getName(), false, subject -> {
                VisitDefinition stored = editing.session().study().getVisitSchedule().stream()
                        .filter(v -> v.getId().equals(visitId)).findFirst().orElseThrow();
                added[0] = AssessmentForms.record(chosen, filled.values(), stored, filled.date(), filled.assessor(),
                        filled.blinded());
                subject.getAssessments().add(added[0]);
            })) {
                shownAssessmentId = added[0].getId();
                show();
            }
        });
    }

    private String label(Object element) {
        return switch (element) {
            case VisitDefinition v -> v.getCode() + " " + v.getName() + " (day " + v.getTargetDay() + ")";
            case Assessment a -> instruments.instrument(a.getInstrumentId()).map(Instrument::shortName)
                    .orElse(a.getInstrumentId()) + "  " + SubjectLabels.day(a.getDate());
            default -> String.valueOf(element);
        };
    }

    /** The visit schedule, and under each visit the subject's forms filled at it. */
    private static final class VisitForms implements ITreeContentProvider {

        private Subject subject;

        @Override
        public Object[] getElements(Object input) {
            subject = (Subject) input;
            return ((org.stroma.model.study.Study) subject.eContainer()).getVisitSchedule().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof VisitDefinition v
                    ? subject.getAssessments().stream().filter(a -> a.getVisit() == v).toArray()
                    : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Assessment a ? a.getVisit() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
