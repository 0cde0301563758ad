package org.stroma.ui.subject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.instrument.api.Instrument;
import org.stroma.instrument.api.ItemDefinition;
import org.stroma.instrument.api.ItemValues;
import org.stroma.instrument.api.ScoreDefinition;
import org.stroma.instrument.api.Scores;
import org.stroma.model.study.Assessment;
import org.stroma.model.study.VisitDefinition;
import org.stroma.study.forms.AssessmentForms;
import org.stroma.study.forms.FormEntry;

/**
 * One eCRF form: an instrument's items with their inputs, the problem of each item beside its
 * field as the user types, and the scores computed live once the form can be scored.
 */
final class InstrumentFormView {

    /** Widget data key naming the item (or {@link #DATE}) an input or message belongs to. */
    static final String ITEM_KEY = "stroma.item";
    /** Widget data key marking a label as the message beside a field. */
    static final String MESSAGE_KEY = "stroma.message";
    static final String DATE = "date";
    static final String SAVE = "Save Form";

    /** What the form hands over on save: the values, the visit date and who assessed. */
    record Filled(ItemValues values, LocalDate date, String assessor, boolean blinded) {
    }

    private final ScrolledComposite scroll;
    private final Composite form;
    private final Map<String, Control> inputs = new LinkedHashMap<>();
    private final Map<String, Label> messages = new LinkedHashMap<>();
    private Instrument instrument;
    private Text date;
    private Text assessor;
    private Button blinded;
    private Label scores;
    private Label formProblems;
    private Button save;
    private boolean showBlankProblems;
    private boolean changed;

    InstrumentFormView(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        scroll.setContent(form);
        empty("Choose a form on the left, or start a new one.");
    }

    Control control() {
        return scroll;
    }

    /**
     * Leaves the form shown as it is, with no field to type in and Save disabled: a locked form,
     * or a user who may not enter forms.
     */
    void readOnly() {
        if (instrument == null) {
            return;
        }
        inputs.values().forEach(InstrumentFormView::fixed);
        fixed(date);
        fixed(assessor);
        fixed(blinded);
        save.setEnabled(false);
    }

    private static void fixed(Control input) {
        if (input instanceof Text text) {
            text.setEditable(false);
        } else {
            input.setEnabled(false);
        }
    }

    /** Whether the user typed something not yet saved. */
    boolean changed() {
        return changed;
    }

    void empty(String text) {
        clear();
        instrument = null;
        new Label(form, SWT.WRAP).setText(text);
        relayout();
    }

    /**
     * Shows an instrument's form, filled from an assessment or blank for a new one.
     *
     * @param onSave called with the filled form when the user saves a form that has no problems
     */
    void show(Instrument shown, VisitDefinition visit, Assessment assessment, String defaultAssessor,
            BiConsumer<InstrumentFormView, Filled> onSave) {
        clear();
        instrument = shown;
        showBlankProblems = false;
        Label title = new Label(form, SWT.WRAP);
        title.setText(shown.shortName() + ": " + shown.name() + " at " + visit.getCode() + " " + visit.getName()
                + (assessment == null ? " (new form)" : ""));
        title.setFont(JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));

        date = text("Date of assessment (YYYY-MM-DD)", DATE,
                assessment == null ? LocalDate.now().toString() : SubjectLabels.day(assessment.getDate()));
        assessor = text("Assessor", "assessor", assessment == null ? defaultAssessor : nonNull(assessment.getAssessor()));
        new Label(form, SWT.NONE).setText("Assessor blinded to allocation");
        blinded = new Button(form, SWT.CHECK);
        blinded.setSelection(assessment != null && assessment.isAssessorBlinded());
        blinded.addListener(SWT.Selection, e -> typed());
        new Label(form, SWT.NONE);

        ItemValues stored = assessment == null ? ItemValues.empty() : AssessmentForms.values(shown, assessment);
        String group = "";
        for (ItemDefinition item : shown.items()) {
            if (!item.group().equals(group)) {
                group = item.group();
                Label heading = new Label(form, SWT.NONE);
                heading.setText(group);
                heading.setFont(JFaceResources.getHeaderFont());
                heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
            }
            addItem(item, stored.value(item.code()).map(AssessmentForms::format).orElse(""));
        }
        scores = new Label(form, SWT.WRAP);
        scores.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        formProblems = message(null);
        formProblems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        save = new Button(form, SWT.PUSH);
        save.setText(SAVE);
        save.addListener(SWT.Selection, e -> {
            showBlankProblems = true;
            check().ifPresent(filled -> onSave.accept(this, filled));
        });
        check();
        changed = false;
        relayout();
    }

    private void addItem(ItemDefinition item, String value) {
        Label label = new Label(form, SWT.NONE);
        String hint = item.isNumeric() ? " (" + item.rangeText() + (item.unit().isEmpty() ? "" : " " + item.unit()) + ")" : "";
        label.setText(item.label() + hint + (item.required() ? " *" : ""));
        Control input = switch (item.type()) {
            case CHOICE -> {
                Combo combo = new Combo(form, SWT.READ_ONLY);
                combo.add("");
                item.choices().forEach(combo::add);
                combo.setText(value);
                combo.addListener(SWT.Selection, e -> typed());
                yield combo;
            }
            case BOOLEAN -> {
                Button check = new Button(form, SWT.CHECK);
                check.setSelection(Boolean.parseBoolean(value));
                check.addListener(SWT.Selection, e -> typed());
                yield check;
            }
            default -> {
                Text text = new Text(form, SWT.BORDER);
                text.setText(value);
                GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
                size.widthHint = 90;
                text.setLayoutData(size);
                text.addListener(SWT.Modify, e -> typed());
                yield text;
            }
        };
        input.setData(ITEM_KEY, item.code());
        inputs.put(item.code(), input);
        messages.put(item.code(), message(item.code()));
    }

    private Text text(String name, String key, String value) {
        new Label(form, SWT.NONE).setText(name);
        Text text = new Text(form, SWT.BORDER);
        text.setText(value);
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        size.widthHint = 160;
        text.setLayoutData(size);
        text.setData(ITEM_KEY, key);
        text.addListener(SWT.Modify, e -> typed());
        messages.put(key, message(key));
        return text;
    }

    private Label message(String key) {
        return messageBeside(form, key);
    }

    /** A red label for the problem of the field {@code key} (null: of the whole form). */
    static Label messageBeside(Composite form, String key) {
        Label message = new Label(form, SWT.WRAP);
        message.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.setData(MESSAGE_KEY, Boolean.TRUE);
        if (key != null) {
            message.setData(ITEM_KEY, key);
            GridData size = new GridData(SWT.FILL, SWT.CENTER, true, false);
            size.widthHint = 380;
            message.setLayoutData(size);
        }
        return message;
    }

    private void typed() {
        changed = true;
        check();
    }

    /** Checks everything typed, shows each problem beside its field, and the scores when there are none. */
    private java.util.Optional<Filled> check() {
        Map<String, String> typed = new LinkedHashMap<>();
        inputs.forEach((code, input) -> typed.put(code, switch (input) {
            case Text t -> t.getText();
            case Combo c -> c.getText();
            case Button b -> Boolean.toString(b.getSelection());
            default -> "";
        }));
        FormEntry entry = FormEntry.read(instrument, typed);
        messages.forEach((code, label) -> {
            List<String> problems = entry.problemsOf(code);
            boolean blank = typed.getOrDefault(code, "x").isBlank();
            label.setText(!problems.isEmpty() && (!blank || showBlankProblems) ? detail(problems.get(0)) : "");
            label.setToolTipText(problems.isEmpty() ? null : String.join("\n", problems));
        });
        LocalDate day = checkDate();
        formProblems.setText(String.join("\n", entry.formProblems()));
        java.util.Optional<Scores> computed = entry.scores(instrument);
        scores.setText(computed.map(this::scoreText).orElse("Scores appear when the form is complete and valid ("
                + entry.problems().size() + (entry.problems().size() == 1 ? " problem)" : " problems)")));
        boolean ok = computed.isPresent() && day != null && !assessor.getText().isBlank();
        messages.get("assessor").setText(assessor.getText().isBlank() ? "who assessed is required" : "");
        form.layout(true, true);
        return ok ? java.util.Optional.of(new Filled(entry.values(), day, assessor.getText().strip(), blinded.getSelection()))
                : java.util.Optional.empty();
    }

    private LocalDate checkDate() {
        Label message = messages.get(DATE);
        try {
            LocalDate day = LocalDate.parse(date.getText().strip());
            boolean future = day.isAfter(LocalDate.now());
            message.setText(future ? day + " is after today" : "");
            return future ? null : day;
        } catch (DateTimeParseException e) {
            message.setText("\"" + date.getText() + "\" is not a date; write YYYY-MM-DD");
            return null;
        }
    }

    private String scoreText(Scores computed) {
        StringBuilder text = new StringBuilder();
        for (ScoreDefinition score : instrument.scores()) {
            Double value = computed.values().get(score.code());
            if (value != null) {
                text.append(score.label()).append(": ").append(AssessmentForms.format(value))
                        .append(score.unit().isEmpty() ? "" : " " + score.unit()).append('\n');
            }
        }
        return text.toString().strip();
    }

    /** The part of a problem after the item's name, which the field beside it already shows. */
    private static String detail(String problem) {
        int cut = problem.indexOf("\": ");
        return cut < 0 ? problem : problem.substring(cut + 3);
    }

    private void clear() {
        for (Control child : form.getChildren()) {
            child.dispose();
        }
        inputs.clear();
        messages.clear();
        changed = false;
    }

    private void relayout() {
        form.layout(true, true);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
