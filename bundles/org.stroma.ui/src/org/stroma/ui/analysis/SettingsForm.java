package org.stroma.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.api.SettingField;
import org.stroma.analysis.api.SettingsSchema;
import org.stroma.ui.MessageLine;

/**
 * The settings form of an analysis, generated from its settings record: a text field for each
 * number (checked as typed, the refusal in red beside it), a check box for each yes/no, a choice
 * for each enum, every field filled with its default. Fields carry {@code stroma.field} =
 * {@code setting:NAME}, their messages {@code stroma.message} = {@code setting:NAME}.
 */
final class SettingsForm {

    /** One field: reads what it holds now. */
    private record Field(SettingField setting, Supplier<SettingValue> read, MessageLine message) {
    }

    private final SettingsSchema<?> schema;
    private final Composite form;
    private final List<Field> fields = new ArrayList<>();

    SettingsForm(Composite parent, SettingsSchema<?> schema, Runnable changed) {
        this.schema = schema;
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        if (schema.fields().isEmpty()) {
            new Label(form, SWT.NONE).setText("This analysis has no settings.");
        }
        for (SettingField setting : schema.fields()) {
            fields.add(field(setting, changed));
        }
        check();
    }

    private Field field(SettingField setting, Runnable changed) {
        Label label = new Label(form, SWT.NONE);
        label.setText(setting.label() + ":");
        label.setToolTipText(setting.description());
        String name = "setting:" + setting.name();
        Supplier<SettingValue> read;
        if (setting.type() == boolean.class) {
            Button box = new Button(form, SWT.CHECK);
            box.setSelection((Boolean) setting.defaultValue());
            box.setData(AnalysisPart.FIELD_KEY, name);
            box.addListener(SWT.Selection, e -> onChange(changed));
            read = () -> new SettingValue(box.getSelection(), null);
            new Label(form, SWT.NONE);
        } else if (setting.isChoice()) {
            Combo choice = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
            setting.choices().forEach(choice::add);
            choice.select(setting.choices().indexOf(((Enum<?>) setting.defaultValue()).name()));
            choice.setData(AnalysisPart.FIELD_KEY, name);
            choice.addListener(SWT.Selection, e -> onChange(changed));
            read = () -> new SettingValue(choice.getText(), null);
            new Label(form, SWT.NONE);
        } else {
            Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
            text.setText(String.valueOf(setting.defaultValue()));
            text.setData(AnalysisPart.FIELD_KEY, name);
            GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
            size.widthHint = 110;
            text.setLayoutData(size);
            text.addModifyListener(e -> onChange(changed));
            read = () -> SettingValue.read(setting, text.getText());
            new Label(form, SWT.NONE).setText(setting.unit());
        }
        GridData wrap = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wrap.widthHint = 300;
        String hint = setting.isNumber() ? join(setting.description(), SettingValue.range(setting))
                : setting.description();
        MessageLine message = new MessageLine(form, hint, wrap);
        message.label().setData(AnalysisPart.MESSAGE_KEY, name);
        return new Field(setting, read, message);
    }

    private static String join(String description, String range) {
        return description.isEmpty() ? range : description + " (" + range.replaceFirst("^must be ", "") + ")";
    }

    private void onChange(Runnable changed) {
        check();
        changed.run();
    }

    /** Marks each refused field; true when none is. */
    private boolean check() {
        boolean allRead = true;
        for (Field field : fields) {
            SettingValue value = field.read().get();
            if (value.isRefused()) {
                field.message().refuse(value.problem());
                allRead = false;
            } else {
                field.message().clear();
            }
        }
        return allRead;
    }

    /** The settings the form holds, or empty while a field is refused. */
    Optional<Record> settings() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            SettingValue value = field.read().get();
            if (value.isRefused()) return Optional.empty();
            values.put(field.setting().name(), value.value());
        }
        try {
            return Optional.<Record>of(schema.create(values));
        } catch (AnalysisInputException e) {
            return Optional.empty();
        }
    }

    void dispose() {
        form.dispose();
    }
}
