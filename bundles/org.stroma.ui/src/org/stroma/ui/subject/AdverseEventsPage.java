package org.stroma.ui.subject;

import static org.stroma.study.forms.AdverseEventEntry.ACTION_TAKEN;
import static org.stroma.study.forms.AdverseEventEntry.DESCRIPTION;
import static org.stroma.study.forms.AdverseEventEntry.GRADE;
import static org.stroma.study.forms.AdverseEventEntry.ONSET;
import static org.stroma.study.forms.AdverseEventEntry.OUTCOME;
import static org.stroma.study.forms.AdverseEventEntry.RELATEDNESS;
import static org.stroma.study.forms.AdverseEventEntry.RESOLUTION;
import static org.stroma.study.forms.AdverseEventEntry.SERIOUS;
import static org.stroma.study.forms.AdverseEventEntry.TERM;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.model.study.AdverseEvent;
import org.stroma.model.study.AdverseEventOutcome;
import org.stroma.model.study.Relatedness;
import org.stroma.model.study.StudyFactory;
import org.stroma.ui.RecordTable;
import org.stroma.study.records.DomainWords;
import org.stroma.study.forms.AdverseEventEntry;

/** The subject's adverse events, and a form to record a new one or correct one recorded. */
final class AdverseEventsPage implements SubjectPage {

    static final String NEW_EVENT = "New Adverse Event";
    static final String SAVE = "Save Adverse Event";

    private final SubjectEditing editing;
    private final Composite page;
    private final RecordTable<AdverseEvent> table;
    private final Label heading;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private String editedId;

    AdverseEventsPage(Composite parent, SubjectEditing editing, ESelectionService selection) {
        this.editing = editing;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        table = new RecordTable<>(page);
        ((GridData) table.viewer().getTable().getLayoutData()).heightHint = 120;
        table.column("Term", 200, AdverseEvent::getTerm);
        table.column("Onset", 90, ae -> SubjectLabels.day(ae.getOnsetDate()));
        table.column("Resolved", 90, ae -> SubjectLabels.day(ae.getResolutionDate()));
        table.column("Serious", 60, ae -> ae.isSerious() ? "yes" : "no");
        table.column("CTCAE grade", 85, ae -> Integer.toString(ae.getCtcaeGrade()));
        table.column("Relatedness", 100, ae -> DomainWords.literal(ae.getRelatedness()));
        table.column("Outcome", 160, ae -> DomainWords.literal(ae.getOutcome()));
        table.viewer().addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof AdverseEvent ae) {
                selection.setSelection(ae);
                edit(ae);
            }
        });
        heading = new Label(page, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite form = new Composite(page, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text(form, "Term (MedDRA preferred term)", TERM);
        text(form, "Description", DESCRIPTION);
        text(form, "Onset (YYYY-MM-DD)", ONSET);
        text(form, "Resolution (YYYY-MM-DD, blank if ongoing)", RESOLUTION);
        choice(form, "Serious", SERIOUS, List.of("false", "true"));
        choice(form, "CTCAE grade", GRADE, List.of("", "1", "2", "3", "4", "5"));
        choice(form, "Relatedness to the intervention", RELATEDNESS,
                Stream.concat(Stream.of(""), Relatedness.VALUES.stream().map(Relatedness::getLiteral)).toList());
        choice(form, "Outcome", OUTCOME,
                Stream.concat(Stream.of(""), AdverseEventOutcome.VALUES.stream().map(AdverseEventOutcome::getLiteral)).toList());
        text(form, "Action taken", ACTION_TAKEN);
        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(NEW_EVENT);
        add.addListener(SWT.Selection, e -> edit(null));
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(SAVE);
        save.addListener(SWT.Selection, e -> save());
    }

    @Override
    public Control control() {
        return page;
    }

    @Override
    public void show() {
        table.show(editing.subject().getAdverseEvents());
        editing.subject().getAdverseEvents().stream().filter(ae -> ae.getId().equals(editedId)).findFirst()
                .ifPresentOrElse(this::edit, () -> edit(null));
    }

    private void edit(AdverseEvent ae) {
        editedId = ae == null ? null : ae.getId();
        heading.setText(ae == null ? "New adverse event:" : "Adverse event " + ae.getTerm() + ":");
        Map<String, String> fields = ae == null ? Map.of(SERIOUS, "false") : AdverseEventEntry.fieldsOf(ae);
        inputs.forEach((name, input) -> {
            String value = fields.getOrDefault(name, "");
            if (input instanceof Text t) {
                t.setText(value == null ? "" : value);
            } else {
                ((Combo) input).setText(value == null ? "" : value);
            }
        });
        messages.values().forEach(m -> m.setText(""));
        page.layout(true, true);
    }

    private AdverseEventEntry entry() {
        Map<String, String> fields = new LinkedHashMap<>();
        inputs.forEach((name, input) -> fields.put(name,
                input instanceof Text t ? t.getText() : ((Combo) input).getText()));
        return new AdverseEventEntry(fields, LocalDate.now());
    }

    private void save() {
        AdverseEventEntry entry = entry();
        Map<String, String> problems = entry.problems();
        messages.forEach((name, label) -> label.setText(problems.getOrDefault(name, "")));
        page.layout(true, true);
        if (!problems.isEmpty()) {
            return;
        }
        String id = editedId;
        String what = "Adverse event " + entry.fields().get(TERM).strip();
        boolean saved = editing.save(what, id != null, subject -> {
            AdverseEvent ae = id == null ? StudyFactory.eINSTANCE.createAdverseEvent()
                    : subject.getAdverseEvents().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
            entry.applyTo(ae);
            if (id == null) {
                subject.getAdverseEvents().add(ae);
            }
        });
        if (saved && id == null) {
            List<AdverseEvent> all = editing.subject().getAdverseEvents();
            edit(all.get(all.size() - 1));
        }
    }

    private void text(Composite form, String name, String key) {
        new Label(form, SWT.NONE).setText(name);
        Text text = new Text(form, SWT.BORDER);
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        size.widthHint = 260;
        text.setLayoutData(size);
        add(form, key, text);
    }

    private void choice(Composite form, String name, String key, List<String> choices) {
        new Label(form, SWT.NONE).setText(name);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        choices.forEach(combo::add);
        add(form, key, combo);
    }

    private void add(Composite form, String key, Control input) {
        input.setData(InstrumentFormView.ITEM_KEY, key);
        inputs.put(key, input);
        messages.put(key, InstrumentFormView.messageBeside(form, key));
    }
}
