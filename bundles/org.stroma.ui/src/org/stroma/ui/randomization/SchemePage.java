package org.stroma.ui.randomization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.model.study.Arm;
import org.stroma.model.study.Study;
import org.stroma.randomization.ArmRatio;
import org.stroma.randomization.Factor;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.randomization.study.StudySchemes;
import org.stroma.randomization.study.SubjectFactors;
import org.stroma.store.StudySummary;
import org.stroma.ui.InBackground;
import org.stroma.ui.Refusals;

/**
 * Page 1 of Randomization Setup: the study, its arms and ratio as the design has them (read-only),
 * the method, block sizes, factors with their weights, the preferred-arm probability and the
 * planned number of subjects. What does not fit is named in the wizard's message area, and the
 * page is complete only when the choices make a scheme.
 */
final class SchemePage extends WizardPage {

    /** Block sizes offered, as multiples of the ratio sum. */
    static final int[] MULTIPLES = {1, 2, 3, 4};

    private final RandomizationSetupWizard wizard;
    private final List<FactorRow> factorRows = new ArrayList<>();
    private final Button[] multiples = new Button[MULTIPLES.length];
    private StudyChoice studies;
    private Label arms;
    private Combo method;
    private Composite factorGrid;
    private Text preferred;
    private Text planned;

    SchemePage(RandomizationSetupWizard wizard) {
        super("scheme");
        this.wizard = wizard;
        setTitle("Scheme");
        setDescription("How subjects of the study are allocated to its arms");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        label(page, "Study:");
        studies = new StudyChoice(page, this::read);
        studies.combo().setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));

        label(page, "Arms and ratio (from the design):");
        arms = new Label(page, SWT.WRAP);
        arms.setData(Keys.RESULT, "arms");
        arms.setLayoutData(wide());

        label(page, "Method:");
        method = new Combo(page, SWT.READ_ONLY);
        method.setItems(Arrays.stream(RandomizationMethod.values()).map(RandomizationMethod::words).toArray(String[]::new));
        method.select(RandomizationMethod.PERMUTED_BLOCKS.ordinal());
        method.setData(Keys.FIELD, "method");
        method.addListener(SWT.Selection, e -> validate());

        label(page, "Block sizes (block methods):");
        Composite sizes = new Composite(page, SWT.NONE);
        sizes.setLayout(new RowLayout(SWT.HORIZONTAL));
        for (int i = 0; i < MULTIPLES.length; i++) {
            multiples[i] = new Button(sizes, SWT.CHECK);
            multiples[i].setText(MULTIPLES[i] + " x ratio sum");
            multiples[i].setSelection(MULTIPLES[i] <= 2);
            multiples[i].setData(Keys.FIELD, "blockMultiple:" + MULTIPLES[i]);
            multiples[i].addListener(SWT.Selection, e -> validate());
        }

        Label factorsLabel = label(page, "Factors:");
        factorsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        factorGrid = new Composite(page, SWT.NONE);
        GridLayout grid = new GridLayout(3, false);
        grid.marginWidth = 0;
        factorGrid.setLayout(grid);
        factorGrid.setLayoutData(wide());
        for (String heading : List.of("Factor", "Levels", "Weight")) {
            new Label(factorGrid, SWT.NONE).setText(heading);
        }

        label(page, "Preferred-arm probability (minimization):");
        preferred = text(page, "preferredArmProbability",
                String.format(Locale.ROOT, "%.1f", RandomizationScheme.DEFAULT_PREFERRED_ARM_PROBABILITY));
        label(page, "Planned subjects (list length):");
        planned = text(page, "plannedSubjects", "");

        Label note = new Label(page, SWT.WRAP);
        note.setText("Stratified blocks keep a list per combination of the factors' levels, of the planned length"
                + " each; minimization balances the factors by their weights. Block sizes and factors are also"
                + " what the schemes compared on the next page use, and diagnostics check the balance within"
                + " the factors for every scheme.");
        GridData across = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        across.widthHint = 640;
        note.setLayoutData(across);
        setControl(page);
        studies.fill(wizard.session(), wizard.firstStudyId(), failure -> {
            if (!page.isDisposed()) {
                setErrorMessage(Refusals.message(failure));
            }
        });
        if (wizard.firstStudyId() == null) {
            setMessage("Choose the study whose list this is.");
        }
    }

    /** Reads the chosen study's design (arms, weights, sites) in a Job. */
    private void read(StudySummary study) {
        wizard.designRead(null, null);
        wizard.chose(null);
        setPageComplete(false);
        setErrorMessage(null);
        setMessage("Reading the design of " + study.acronym() + "...");
        arms.setText("");
        StudyRandomization desk = new StudyRandomization(wizard.session().studies());
        InBackground.run("Reading the design of " + study.acronym(), getShell().getDisplay(),
                () -> desk.design(study.id()), design -> {
                    if (getControl().isDisposed() || !studies.selected().map(study::equals).orElse(false)) {
                        return;
                    }
                    setMessage(null);
                    wizard.designRead(study, design);
                    show(design);
                    validate();
                }, failure -> {
                    if (!getControl().isDisposed()) {
                        setMessage(null);
                        setErrorMessage(Refusals.message(failure));
                    }
                });
    }

    private void show(Study design) {
        List<ArmRatio> ratio = StudySchemes.arms(design);
        arms.setText(ratio.stream().map(ArmRatio::armId).collect(Collectors.joining(":")) + "  "
                + ratio.stream().map(a -> String.valueOf(a.weight())).collect(Collectors.joining(":")) + "  ("
                + design.getArms().stream().map(a -> a.getCode() + " " + a.getName()).collect(Collectors.joining(", "))
                + ")");
        int sum = ratio.stream().mapToInt(ArmRatio::weight).sum();
        for (int i = 0; i < MULTIPLES.length; i++) {
            multiples[i].setText("blocks of " + MULTIPLES[i] * sum);
        }
        factorRows.forEach(FactorRow::dispose);
        factorRows.clear();
        List<String> names = new ArrayList<>();
        names.add(SubjectFactors.SITE);
        names.addAll(SubjectFactors.attributeNames());
        for (String name : names) {
            factorRows.add(new FactorRow(factorGrid, name, levelsOf(design, name), SubjectFactors.SITE.equals(name),
                    this::validate));
        }
        planned.setText(design.getTargetEnrollment() > 0 ? String.valueOf(design.getTargetEnrollment()) : "");
        ((Composite) getControl()).layout(true, true);
    }

    /** The factor's levels from the design, or none for a free-text attribute (its levels are typed). */
    private static List<String> levelsOf(Study design, String name) {
        try {
            return StudySchemes.factor(design, name, 1.0, List.of()).levels();
        } catch (IllegalArgumentException freeText) {
            return List.of();
        }
    }

    /** Makes the scheme of what is chosen, or names what does not fit. */
    private void validate() {
        Study design = wizard.design();
        if (design == null) {
            return;
        }
        try {
            SchemeChoice choice = choice(design);
            choice.scheme();
            wizard.chose(choice);
            setErrorMessage(null);
            setPageComplete(true);
        } catch (IllegalArgumentException wrong) {
            wizard.chose(null);
            setErrorMessage(wrong.getMessage());
            setPageComplete(false);
        }
    }

    private SchemeChoice choice(Study design) {
        List<Arm> studyArms = design.getArms();
        if (studyArms.size() < 2) {
            throw new IllegalArgumentException(design.getAcronym() + " has " + studyArms.size()
                    + " arm: there is nothing to randomize");
        }
        RandomizationMethod chosen = RandomizationMethod.values()[Math.max(0, method.getSelectionIndex())];
        List<Integer> blocks = new ArrayList<>();
        for (int i = 0; i < MULTIPLES.length; i++) {
            if (multiples[i].getSelection()) {
                blocks.add(MULTIPLES[i]);
            }
        }
        List<Factor> factors = new ArrayList<>();
        for (FactorRow row : factorRows) {
            if (row.ticked()) {
                factors.add(row.factor(design));
            }
        }
        double probability;
        try {
            probability = Double.parseDouble(preferred.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the preferred-arm probability must be a number such as 0.8", e);
        }
        int subjects;
        try {
            subjects = Integer.parseInt(planned.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("planned subjects must be a whole number such as "
                    + Math.max(1, design.getTargetEnrollment()), e);
        }
        return new SchemeChoice(chosen, StudySchemes.arms(design), blocks, factors, probability, subjects);
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private Text text(Composite parent, String key, String value) {
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        text.setData(Keys.FIELD, key);
        GridData narrow = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        narrow.widthHint = 80;
        text.setLayoutData(narrow);
        text.addListener(SWT.Modify, e -> validate());
        return text;
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 480;
        return data;
    }
}
