package org.stroma.ui.subject;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.model.study.Intervention;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Study;
import org.stroma.model.study.Subject;
import org.stroma.model.study.VisitDefinition;
import org.stroma.security.Permission;
import org.stroma.study.forms.ProcedureEntry;
import org.stroma.ui.study.InterventionWording;

/**
 * Adds a procedure to the subject: its date, type, the visit of the schedule it belongs to, and
 * the intervention of the subject's allocated arm it delivers. Checked field by field before
 * anything is saved; a new record, so no reason for change is asked.
 */
final class NewProcedureForm {

    static final String ADD = "Add Procedure";

    private final SubjectEditing editing;
    private final Consumer<String> added;
    private final Text date;
    private final Combo type;
    private final Combo visit;
    private final Combo intervention;
    private final Button add;
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private List<VisitDefinition> visits = List.of();
    private List<Intervention> interventions = List.of();

    /** @param added told the id of each procedure added */
    NewProcedureForm(Composite parent, SubjectEditing editing, Consumer<String> added) {
        this.editing = editing;
        this.added = added;
        Group group = new Group(parent, SWT.NONE);
        group.setText("New procedure");
        group.setLayout(new GridLayout(3, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        date = new Text(group, SWT.BORDER);
        labelled(group, "Date (YYYY-MM-DD)", date, ProcedureEntry.DATE);
        type = choice(group, "Type", ProcedureEntry.TYPE);
        type.add("");
        ProcedureType.VALUES.forEach(t -> type.add(t.getLiteral()));
        visit = choice(group, "Visit", ProcedureEntry.VISIT);
        intervention = choice(group, "Intervention of the subject's arm", ProcedureEntry.INTERVENTION);
        add = new Button(group, SWT.PUSH);
        add.setText(ADD);
        add.addListener(SWT.Selection, e -> add());
    }

    /** Fills the choices from the subject as it is now, keeping what is typed. */
    void show() {
        Subject subject = editing.subject();
        visits = subject.eContainer() instanceof Study study ? List.copyOf(study.getVisitSchedule()) : List.of();
        interventions = ProcedureEntry.interventions(subject);
        refill(visit, visits.stream().map(v -> v.getCode() + " " + v.getName()).toList());
        refill(intervention, interventions.stream().map(InterventionWording::kind).toList());
        boolean may = editing.user().can(Permission.ENTER_SUBJECT_DATA);
        add.setEnabled(may);
        add.setToolTipText(may ? null : editing.user() + " may not enter subject data");
    }

    private static void refill(Combo combo, List<String> items) {
        String chosen = combo.getText();
        combo.removeAll();
        combo.add("");
        items.forEach(combo::add);
        combo.setText(items.contains(chosen) ? chosen : "");
    }

    private void add() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(ProcedureEntry.DATE, date.getText());
        fields.put(ProcedureEntry.TYPE, type.getText());
        fields.put(ProcedureEntry.VISIT, visit.getSelectionIndex() > 0 ? visits.get(visit.getSelectionIndex() - 1)
                .getCode() : "");
        fields.put(ProcedureEntry.INTERVENTION, intervention.getSelectionIndex() > 0
                ? interventions.get(intervention.getSelectionIndex() - 1).getId() : "");
        ProcedureEntry entry = new ProcedureEntry(fields, LocalDate.now());
        Map<String, String> problems = entry.problems(editing.subject());
        messages.forEach((name, label) -> label.setText(problems.getOrDefault(name, "")));
        date.getParent().layout(true, true);
        if (!problems.isEmpty()) {
            return;
        }
        boolean saved = editing.save("Procedure " + type.getText() + " on " + date.getText().strip(), false,
                subject -> subject.getProcedures().add(entry.toProcedure(subject)));
        if (saved) {
            List<Procedure> all = editing.subject().getProcedures();
            date.setText("");
            type.setText("");
            added.accept(all.get(all.size() - 1).getId());
        }
    }

    private Combo choice(Composite group, String name, String key) {
        Combo combo = new Combo(group, SWT.READ_ONLY);
        labelled(group, name, combo, key);
        return combo;
    }

    /** Puts the label before the input (created first, so moved above it) and the message after it. */
    private void labelled(Composite group, String name, Control input, String key) {
        Label label = new Label(group, SWT.NONE);
        label.setText(name);
        label.moveAbove(input);
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        size.widthHint = 260;
        input.setLayoutData(size);
        input.setData(InstrumentFormView.ITEM_KEY, key);
        messages.put(key, InstrumentFormView.messageBeside(group, key));
    }
}
