package org.stroma.ui.subject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.stroma.dosing.DosingResult;
import org.stroma.dosing.adsc.CellDoseCalculator;
import org.stroma.dosing.record.DoseCalculationRecord;
import org.stroma.dosing.record.DoseReport;
import org.stroma.dosing.record.ProcedureDosing;
import org.stroma.model.study.AdscAssistedFatGrafting;
import org.stroma.model.study.DoseCalculation;
import org.stroma.model.study.InjectionSite;
import org.stroma.model.study.Procedure;
import org.stroma.model.study.ProcedureType;
import org.stroma.model.study.Subject;
import org.stroma.security.Permission;
import org.stroma.study.records.DomainWords;
import org.stroma.ui.RecordTable;
import org.stroma.ui.dosing.ProcedureDoseDialog;
import org.stroma.ui.study.InterventionWording;

/**
 * Procedure planning for the subject: the procedures (date, type, intervention, visit), a form to
 * add one, and for the selected procedure its injection sites and the dose calculations saved with
 * it, oldest first. Calculate Dose... opens the cell dose calculator for the procedure and saves
 * what it calculates with the procedure, through the editor's one way of saving. A user blinded in
 * the study reads only that procedures are withheld: they would tell the arm.
 */
final class ProceduresPage implements SubjectPage {

    static final String CALCULATE = "Calculate Dose...";
    /** Widget data key naming each table: {@code procedures}, {@code injectionSites}, {@code doseCalculations}. */
    static final String TABLE_KEY = "stroma.table";
    static final String WITHHELD = "Procedures are withheld: you are blinded in this study, and a procedure would"
            + " tell the subject's arm.";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final SubjectEditing editing;
    private final CellDoseCalculator calculator;
    private final ScrolledComposite scroll;
    private final Composite page;
    private final Label withheld;
    private final Composite content;
    private final RecordTable<Procedure> procedures;
    private final NewProcedureForm form;
    private final Label heading;
    private final RecordTable<InjectionSite> sites;
    private final RecordTable<DoseCalculation> calculations;
    private final Button calculate;
    private String selectedId;

    ProceduresPage(Composite parent, SubjectEditing editing, CellDoseCalculator calculator,
            ESelectionService selection) {
        this.editing = editing;
        this.calculator = calculator;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        page = new Composite(scroll, SWT.NONE);
        scroll.setContent(page);
        page.setLayout(new GridLayout(1, false));
        withheld = new Label(page, SWT.WRAP);
        withheld.setText(WITHHELD);
        withheld.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        content = new Composite(page, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(content, SWT.NONE).setText("Procedures:");
        procedures = table(new RecordTable<Procedure>(content), "procedures", 90);
        procedures.column("Date", 100, p -> SubjectLabels.day(p.getDate()));
        procedures.column("Type", 150, p -> DomainWords.literal(p.getType()));
        procedures.column("Intervention", 260, p -> p.getIntervention() == null ? ""
                : InterventionWording.kind(p.getIntervention()));
        procedures.column("Visit", 120, p -> p.getVisit() == null ? "" : p.getVisit().getName());
        procedures.column("Surgeon", 120, p -> p.getSurgeon() == null ? "" : p.getSurgeon());
        procedures.viewer().addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Procedure p) {
                selection.setSelection(p);
                select(p);
            }
        });
        form = new NewProcedureForm(content, editing, this::selectAfterSave);

        heading = new Label(content, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(content, SWT.NONE).setText("Injection sites:");
        sites = table(new RecordTable<InjectionSite>(content), "injectionSites", 70);
        sites.column("Region", 140, s -> s.getRegion() == null ? "" : s.getRegion());
        sites.column("Site", 200, s -> s.getSiteName() == null ? "" : s.getSiteName());
        sites.column("Injections", 80, s -> Integer.toString(s.getInjectionCount()));
        sites.column("Volume per injection", 150, s -> DoseReport.plain(BigDecimal.valueOf(s.getVolumeMl())) + " mL");
        sites.column("Volume", 90, s -> DoseReport.plain(BigDecimal.valueOf(s.getVolumeMl())
                .multiply(BigDecimal.valueOf(s.getInjectionCount()))) + " mL");
        new Label(content, SWT.NONE).setText("Dose calculations, oldest first, each kept as calculated:");
        calculations = table(new RecordTable<DoseCalculation>(content), "doseCalculations", 70);
        calculations.column("When", 175, c -> c.getCalculatedAt() == null ? ""
                : UTC.format(Instant.ofEpochMilli(c.getCalculatedAt().getTime())));
        calculations.column("By", 100, DoseCalculation::getCalculatedBy);
        calculations.column("Calculation", 170, c -> c.getCalculation() + " (" + c.getFormulaVersion() + ")");
        calculations.column("Result", 520, c -> String.join("; ", DoseCalculationRecord.lines(c.getResult())));
        calculations.viewer().addSelectionChangedListener(e -> {
            Object chosen = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (chosen != null) {
                selection.setSelection(chosen);
            }
        });
        calculate = new Button(content, SWT.PUSH);
        calculate.setText(CALCULATE);
        calculate.addListener(SWT.Selection, e -> calculate());
    }

    private static <T> RecordTable<T> table(RecordTable<T> table, String key, int height) {
        table.viewer().getTable().setData(TABLE_KEY, key);
        ((GridData) table.viewer().getTable().getLayoutData()).heightHint = height;
        return table;
    }

    @Override
    public Control control() {
        return scroll;
    }

    @Override
    public void show() {
        Subject subject = editing.subject();
        boolean blinded = editing.session().access().isBlindedIn(editing.session().study())
                && subject.getAllocatedArm() == null;
        visible(withheld, blinded);
        visible(content, !blinded);
        if (!blinded) {
            procedures.show(subject.getProcedures());
            form.show();
            Optional<Procedure> chosen = subject.getProcedures().stream().filter(p -> p.getId().equals(selectedId))
                    .findFirst();
            chosen.ifPresentOrElse(p -> procedures.viewer().setSelection(new StructuredSelection(p), true),
                    () -> select(null));
        }
        page.layout(true, true);
        scroll.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private static void visible(Control control, boolean shown) {
        control.setVisible(shown);
        ((GridData) control.getLayoutData()).exclude = !shown;
    }

    private void selectAfterSave(String procedureId) {
        selectedId = procedureId;
        show();
    }

    private void select(Procedure procedure) {
        selectedId = procedure == null ? null : procedure.getId();
        heading.setText(procedure == null ? "Select a procedure to see its injection sites and dose calculations."
                : "Procedure " + describe(procedure) + ":");
        sites.show(procedure == null ? List.of() : procedure.getInjectionSites());
        calculations.show(procedure == null ? List.of() : ProcedureDosing.calculations(procedure));
        boolean may = editing.user().can(Permission.ENTER_SUBJECT_DATA);
        calculate.setEnabled(procedure != null && may);
        calculate.setToolTipText(may ? null : editing.user() + " may not enter subject data");
        page.layout(true, true);
        scroll.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    /** E.g. "fat grafting on 2023-05-16 (Surgery)". */
    private static String describe(Procedure procedure) {
        return DomainWords.literal(procedure.getType()) + " on " + SubjectLabels.day(procedure.getDate())
                + (procedure.getVisit() == null ? "" : " (" + procedure.getVisit().getName() + ")");
    }

    private void calculate() {
        Procedure procedure = editing.subject().getProcedures().stream().filter(p -> p.getId().equals(selectedId))
                .findFirst().orElse(null);
        if (procedure == null) {
            return;
        }
        List<DosingResult> results = ProcedureDoseDialog.ask(editing.shell(), calculator, describe(procedure),
                dose(procedure), graftVolume(procedure));
        if (results.isEmpty()) {
            return;
        }
        String id = procedure.getId();
        String user = editing.user().userName();
        Instant at = Instant.now();
        editing.save("Dose calculation for the " + describe(procedure), false, subject -> {
            Procedure stored = subject.getProcedures().stream().filter(p -> p.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("procedure " + id + " is no longer recorded"));
            for (DosingResult result : results) {
                ProcedureDosing.save(stored, DoseCalculationRecord.of(result, user, at));
            }
        });
    }

    /** The arm's dose per mL of fat, for an ADSC-assisted graft; else empty. */
    private static String dose(Procedure procedure) {
        if (procedure.getIntervention() instanceof AdscAssistedFatGrafting adsc && adsc.getCellsPerMlFat() > 0) {
            return DoseReport.plain(BigDecimal.valueOf(adsc.getCellsPerMlFat())) + " cells/mL";
        }
        return "";
    }

    /** The volume injected at the sites of a fat grafting procedure: its graft volume; else empty. */
    private static String graftVolume(Procedure procedure) {
        if (procedure.getType() != ProcedureType.FAT_GRAFTING) {
            return "";
        }
        return ProcedureDosing.injectedVolumeMl(procedure).map(ml -> DoseReport.plain(ml) + " mL").orElse("");
    }
}
