package org.stroma.ui.randomization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;
import org.stroma.randomization.RandomizationMethod;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.SchemeDiagnostics;
import org.stroma.ui.Refusals;

/**
 * Page 2 of Randomization Setup: the chosen scheme simulated beside the schemes the statistician
 * compares it with (by default permuted blocks against minimization), on the same simulated
 * subjects: the measures as a table, one column per scheme, and the distribution of an imbalance
 * as bars and as shares. The simulation runs in a Job with its progress here and can be
 * cancelled; the page is complete once the chosen scheme has been simulated.
 */
final class DiagnosticsPage extends WizardPage {

    /** Trials simulated unless the statistician asks for another number. */
    static final int DEFAULT_TRIALS = 10_000;
    /** The most trials one run may take, so that a typo does not run for hours. */
    static final int MOST_TRIALS = 1_000_000;
    /** The simulation's seed unless another is typed: the command line's, so both show the same figures. */
    static final long DEFAULT_SEED = 20_260_101L;
    static final String RUN = "Run Diagnostics";
    static final String CANCEL = "Cancel Simulation";

    private final RandomizationSetupWizard wizard;
    private final Map<RandomizationMethod, Button> compare = new EnumMap<>(RandomizationMethod.class);
    private RandomizationMethod defaultsFor;
    private Text trials;
    private Text seed;
    private Button run;
    private Button cancel;
    private ProgressBar progress;
    private Label schemes;
    private ColumnsTable measures;
    private Combo distribution;
    private ImbalanceChart chart;
    private ColumnsTable shares;

    private Job job;
    private List<SchemeDiagnostics> results;
    private SchemeChoice diagnosed;

    DiagnosticsPage(RandomizationSetupWizard wizard) {
        super("diagnostics");
        this.wizard = wizard;
        setTitle("Diagnostics");
        setDescription("The scheme simulated beside others: how unbalanced the arms end up, and how predictable"
                + " the next allocation is");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));

        Composite compareRow = row(page);
        new Label(compareRow, SWT.NONE).setText("Compare with:");
        for (RandomizationMethod method : RandomizationMethod.values()) {
            Button box = new Button(compareRow, SWT.CHECK);
            box.setText(method.words());
            box.setData(Keys.FIELD, "compare:" + method.token());
            compare.put(method, box);
        }

        Composite runRow = row(page);
        new Label(runRow, SWT.NONE).setText("Trials:");
        trials = text(runRow, "trials", String.valueOf(DEFAULT_TRIALS));
        new Label(runRow, SWT.NONE).setText("Simulation seed:");
        seed = text(runRow, "seed", String.valueOf(DEFAULT_SEED));
        run = new Button(runRow, SWT.PUSH);
        run.setText(RUN);
        run.addListener(SWT.Selection, e -> run());
        cancel = new Button(runRow, SWT.PUSH);
        cancel.setText(CANCEL);
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, e -> cancelRun());
        progress = new ProgressBar(runRow, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setMaximum(100);
        progress.setLayoutData(new RowData(160, SWT.DEFAULT));

        schemes = new Label(page, SWT.WRAP);
        schemes.setData(Keys.RESULT, "schemes");
        schemes.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        CTabFolder views = new CTabFolder(page, SWT.BORDER | SWT.BOTTOM);
        views.setData(Keys.RESULT, "views");
        views.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        measures = new ColumnsTable(views, "diagnostics");
        tab(views, "Measures side by side", measures.table());

        Composite spread = new Composite(views, SWT.NONE);
        spread.setLayout(new GridLayout(2, false));
        Composite distributionRow = row(spread);
        ((GridData) distributionRow.getLayoutData()).horizontalSpan = 2;
        new Label(distributionRow, SWT.NONE).setText("Distribution of:");
        distribution = new Combo(distributionRow, SWT.READ_ONLY);
        distribution.setItems(DiagnosticsRows.DISTRIBUTION_NAMES.toArray(String[]::new));
        distribution.select(0);
        distribution.setData(Keys.FIELD, "distribution");
        distribution.addListener(SWT.Selection, e -> showDistribution());
        chart = new ImbalanceChart(spread);
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        shares = new ColumnsTable(spread, "shares");
        GridData sharesSize = new GridData(SWT.FILL, SWT.FILL, false, true);
        sharesSize.widthHint = 280;
        shares.table().setLayoutData(sharesSize);
        tab(views, "Imbalance distribution", spread);
        views.setSelection(0);

        Label note = new Label(page, SWT.WRAP);
        note.setText("Imbalance: the largest minus the smallest number of subjects per arm (divided by the arm's"
                + " ratio weight) at the end of a trial. Every scheme sees the same simulated subjects, each factor's"
                + " levels equally common. Correct guess: how often someone naming the arm with the fewest"
                + " allocations so far is right.");
        GridData across = new GridData(SWT.FILL, SWT.TOP, true, false);
        across.widthHint = 640;
        note.setLayoutData(across);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            choiceChanged();
        }
        super.setVisible(visible);
    }

    /** The first page changed: results for another choice go, and the comparisons follow the method chosen. */
    void choiceChanged() {
        SchemeChoice now = wizard.choice();
        if (results != null && !Objects.equals(now, diagnosed)) {
            results = null;
            diagnosed = null;
            if (getControl() != null) {
                clearShown();
            }
        }
        if (getControl() != null && now != null) {
            compareWith(now.method());
        }
        setPageComplete(shows(now));
    }

    /** The chosen method is always simulated; the defaults compare permuted blocks and minimization. */
    private void compareWith(RandomizationMethod chosen) {
        boolean newMethod = chosen != defaultsFor;
        defaultsFor = chosen;
        compare.forEach((method, box) -> {
            box.setText(method.words() + (method == chosen ? " (chosen)" : ""));
            box.setEnabled(method != chosen && job == null);
            if (method == chosen) {
                box.setSelection(true);
            } else if (newMethod) {
                box.setSelection(method == RandomizationMethod.PERMUTED_BLOCKS
                        || method == RandomizationMethod.MINIMIZATION);
            }
        });
        ((Composite) getControl()).layout(true, true);
    }

    /** Whether the results shown are the simulation of {@code choice}. */
    boolean shows(SchemeChoice choice) {
        return choice != null && results != null && choice.equals(diagnosed);
    }

    private void run() {
        SchemeChoice choice = wizard.choice();
        if (choice == null || job != null) {
            return;
        }
        int count;
        long simulationSeed;
        List<RandomizationScheme> simulated = new ArrayList<>();
        try {
            count = Integer.parseInt(trials.getText().strip());
            if (count < 1 || count > MOST_TRIALS) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            setErrorMessage("trials must be a whole number from 1 to " + MOST_TRIALS + ", such as " + DEFAULT_TRIALS);
            return;
        }
        try {
            simulationSeed = Long.parseLong(seed.getText().strip());
        } catch (NumberFormatException e) {
            setErrorMessage("the simulation seed must be a whole number, such as " + DEFAULT_SEED);
            return;
        }
        try {
            simulated.add(choice.scheme());
            for (RandomizationMethod method : RandomizationMethod.values()) {
                if (method != choice.method() && compare.get(method).getSelection()) {
                    simulated.add(choice.schemeOf(method));
                }
            }
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        setErrorMessage(null);
        setMessage("Simulating " + count + " trials of " + choice.plannedSubjects() + " subjects for "
                + simulated.size() + " schemes...");
        running(true);
        job = SimulationJob.start(simulated, choice.population(), choice.plannedSubjects(), count, simulationSeed,
                getShell().getDisplay(), percent -> {
                    if (!progress.isDisposed()) {
                        progress.setSelection(percent);
                    }
                }, diagnostics -> finished(choice, diagnostics), this::failed);
    }

    private void finished(SchemeChoice choice, List<SchemeDiagnostics> diagnostics) {
        job = null;
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        running(false);
        if (!choice.equals(wizard.choice())) {
            setPageComplete(shows(wizard.choice()));
            setMessage("The scheme changed while it was simulated: run the diagnostics again.",
                    IMessageProvider.WARNING);
            return;
        }
        results = diagnostics;
        diagnosed = choice;
        setMessage(null);
        progress.setSelection(100);
        schemes.setText(IntStream.range(0, diagnostics.size())
                .mapToObj(i -> "[" + (i + 1) + "] " + diagnostics.get(i).scheme()).collect(Collectors.joining("\n")));
        measures.show(DiagnosticsRows.headers(diagnostics), DiagnosticsRows.rows(diagnostics));
        showDistribution();
        ((Composite) getControl()).layout(true, true);
        setPageComplete(true);
    }

    private void failed(Exception failure) {
        job = null;
        if (getControl() == null || getControl().isDisposed()) {
            return;
        }
        running(false);
        progress.setSelection(0);
        setPageComplete(shows(wizard.choice())); // what was simulated before still stands
        if (failure instanceof CancellationException cancelled) {
            setMessage("Diagnostics cancelled (" + cancelled.getMessage() + ").", IMessageProvider.INFORMATION);
        } else {
            setMessage(null);
            setErrorMessage(Refusals.message(failure));
        }
    }

    /** Stops a simulation under way (the page's Cancel, or the wizard closed). */
    void cancelRun() {
        if (job != null) {
            job.cancel();
        }
    }

    private void showDistribution() {
        if (results == null) {
            return;
        }
        String name = DiagnosticsRows.DISTRIBUTION_NAMES.get(Math.max(0, distribution.getSelectionIndex()));
        // the table beside the chart numbers its columns as the legend and the list above name them
        List<String> numbered = new ArrayList<>();
        List<String> named = new ArrayList<>();
        numbered.add("Imbalance (% of trials)");
        for (int i = 0; i < results.size(); i++) {
            numbered.add("[" + (i + 1) + "]");
            named.add(DiagnosticsRows.label(i, results.get(i)));
        }
        shares.show(numbered, DiagnosticsRows.shares(results, name));
        chart.show(named, results.stream().map(d -> DiagnosticsRows.DISTRIBUTIONS.get(name).apply(d)).toList(), name);
    }

    private void clearShown() {
        schemes.setText("");
        measures.clear();
        shares.clear();
        chart.clear();
        progress.setSelection(0);
    }

    private void running(boolean now) {
        run.setEnabled(!now);
        cancel.setEnabled(now);
        trials.setEnabled(!now);
        seed.setEnabled(!now);
        RandomizationMethod chosen = wizard.choice() == null ? null : wizard.choice().method();
        compare.forEach((method, box) -> box.setEnabled(!now && method != chosen));
        if (now) {
            progress.setSelection(0);
            setPageComplete(false);
        }
    }

    private static void tab(CTabFolder views, String title, Control shown) {
        CTabItem item = new CTabItem(views, SWT.NONE);
        item.setText(title);
        item.setControl(shown);
    }

    private static Composite row(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginLeft = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return row;
    }

    private static Text text(Composite parent, String key, String value) {
        Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
        text.setText(value);
        text.setData(Keys.FIELD, key);
        text.setLayoutData(new RowData(90, SWT.DEFAULT));
        return text;
    }
}
