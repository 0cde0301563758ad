package org.stroma.ui.study;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.model.study.Masking;
import org.stroma.model.study.Registration;
import org.stroma.model.study.Study;
import org.stroma.model.study.StudyDesign;
import org.stroma.ui.MessageLine;

/**
 * The "General" tab: title, acronym, protocol version, registry numbers, design, masking,
 * allocation ratio and planned subjects, each with its message beside it; and the mark of a
 * demo study's synthetic data.
 */
final class GeneralTab {

    static final String SYNTHETIC_MARK = "SYNTHETIC DATA (demo study, not from patients)";

    private static final int MESSAGE_WIDTH = 320;

    private final Composite page;
    private final DesignEdits edits;

    GeneralTab(CTabFolder folder, DesignEdits edits) {
        this.edits = edits;
        this.page = DesignTables.page(folder, "General", 3);
        Study study = edits.study();
        value("Study id", study.getId());
        text("Title", study.getTitle(), DesignRules::title, study::setTitle);
        text("Acronym", study.getAcronym(), DesignRules::acronym, study::setAcronym);
        text("Protocol version", study.getProtocolVersion(), DesignRules::protocolVersion, study::setProtocolVersion);
        if (study.getRegistrations().isEmpty()) {
            value("Registry", "not registered");
        }
        for (Registration registration : study.getRegistrations()) {
            text(DesignRules.registryName(registration.getRegistry()) + " number", registration.getIdentifier(),
                    typed -> DesignRules.registryNumber(registration.getRegistry(), typed),
                    registration::setIdentifier);
        }
        int arms = study.getArms().size();
        choice("Design", StudyDesign.VALUES, study.getDesign(), design -> DesignRules.design(design, arms),
                study::setDesign);
        choice("Masking", Masking.VALUES, study.getMasking(), Checked::accepted, study::setMasking);
        if (arms >= 2) {
            text("Allocation ratio", DesignRules.allocationRatio(study),
                    typed -> DesignRules.allocationRatio(typed, arms), this::allocate);
        } else {
            value("Allocation ratio", "single arm, no allocation");
        }
        text("Planned subjects", Integer.toString(study.getTargetEnrollment()), DesignRules::plannedSubjects,
                study::setTargetEnrollment);
        Label data = value("Data", study.isSynthetic() ? SYNTHETIC_MARK : "clinical");
        if (study.isSynthetic()) {
            data.setForeground(data.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }

    private void allocate(List<Integer> weights) {
        for (int i = 0; i < weights.size(); i++) {
            edits.study().getArms().get(i).setAllocationWeight(weights.get(i));
        }
    }

    private Label value(String name, String value) {
        name(name);
        Label label = new Label(page, SWT.WRAP);
        label.setText(value == null ? "" : value);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return label;
    }

    private <T> void text(String name, String initial, Function<String, Checked<T>> check, Consumer<T> take) {
        name(name);
        Text field = new Text(page, SWT.BORDER | SWT.SINGLE);
        field.setText(initial == null ? "" : initial);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = 420;
        field.setLayoutData(layout);
        MessageLine message = message();
        field.addModifyListener(e -> judge(field, name, check.apply(field.getText()), take, message));
    }

    private <T> void choice(String name, List<T> values, T initial, Function<T, Checked<T>> check, Consumer<T> take) {
        name(name);
        Combo combo = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
        values.forEach(v -> combo.add(Words.capitalized(Words.literal((Enum<?>) v))));
        combo.select(Math.max(0, values.indexOf(initial)));
        combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        MessageLine message = message();
        combo.addListener(SWT.Selection,
                e -> judge(combo, name, check.apply(values.get(combo.getSelectionIndex())), take, message));
    }

    private <T> void judge(Control field, String name, Checked<T> checked, Consumer<T> take, MessageLine message) {
        if (checked.isAccepted()) {
            take.accept(checked.value());
            message.clear();
            edits.taken(field);
        } else {
            message.refuse(checked.problem());
            edits.refused(field, name + ": " + checked.problem());
        }
    }

    private void name(String name) {
        Label label = new Label(page, SWT.NONE);
        label.setText(name + ":");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
    }

    private MessageLine message() {
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = MESSAGE_WIDTH;
        return new MessageLine(page, "", layout);
    }
}
