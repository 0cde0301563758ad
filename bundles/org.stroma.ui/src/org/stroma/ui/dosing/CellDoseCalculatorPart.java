package org.stroma.ui.dosing;

import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.dosing.adsc.CellDoseCalculator;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Cell Dose Calculator (Analysis &gt; Cell Dose Calculator): the cells an ADSC-assisted graft
 * needs for a dose per mL of fat, and a counted product checked against it. Results follow the
 * typing; a refusal shows in red beside the field it concerns. It stores nothing and needs neither
 * a database nor an open study; the arithmetic is the dosing bundle's, named with its formula. (To
 * save a calculation with a procedure: the subject editor's Procedures page.)
 */
public final class CellDoseCalculatorPart {

    /** Widget data key naming an input field, as in the other forms ({@code dose}, {@code viability}, ...). */
    static final String FIELD_KEY = "stroma.field";
    /** Widget data key of the message beside a field; the value is the field's key. */
    static final String MESSAGE_KEY = "stroma.message";
    /** Widget data key of a result, e.g. {@code cellsToPrepare} or {@code verdict}. */
    static final String RESULT_KEY = "stroma.result";

    @Inject
    private CellDoseCalculator calculator;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new FillLayout());
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Composite form = new Composite(scroll, SWT.NONE);
        scroll.setContent(form);
        form.setLayout(new GridLayout(1, false));
        Label title = new Label(form, SWT.NONE);
        title.setText("ADSC dose per mL of fat, and a counted product checked against it");
        title.setFont(JFaceResources.getHeaderFont());
        Label note = new Label(form, SWT.WRAP);
        note.setText("Type amounts as on the case report form: 5 x 10^5 cells/mL, 5e5 cells/mL, 20 mL, 80 %."
                + " Nothing typed here is saved.");
        GridData wrapping = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wrapping.widthHint = 420;
        note.setLayoutData(wrapping);
        new CellDoseForm(form, calculator, Map.of(), outcome -> {
            form.layout(true, true);
            scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        });
    }
}
