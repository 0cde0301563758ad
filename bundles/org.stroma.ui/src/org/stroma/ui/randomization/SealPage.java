package org.stroma.ui.randomization;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stroma.randomization.RandomizationScheme;
import org.stroma.randomization.study.StudyRandomization;
import org.stroma.security.RandomizationAccess;
import org.stroma.store.StudySummary;
import org.stroma.ui.InBackground;

/**
 * Page 3 of Randomization Setup: the reason, then the list generated with a fresh seed and stored
 * sealed as the study's main list. What is shown afterwards is the list's summary: never its seed
 * or its entries, which stay sealed in the database. A list sealed cannot be taken back here (Back
 * is off); another list may replace it while nobody has been allocated from it.
 */
final class SealPage extends WizardPage {

    static final String SEAL = "Generate and Seal the List";

    private final RandomizationSetupWizard wizard;
    private Label study;
    private Label scheme;
    private Label lists;
    private Text reason;
    private Button seal;
    private Label sealed;
    private boolean sealing;

    SealPage(RandomizationSetupWizard wizard) {
        super("seal");
        this.wizard = wizard;
        setTitle("Generate and Seal");
        setDescription("The study's main allocation list, generated from the scheme with a fresh seed and stored"
                + " sealed");
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        study = fact(page, "Study:", "study");
        scheme = fact(page, "Scheme:", "scheme");
        lists = fact(page, "Lists of the study now:", "lists");
        Label reasonLabel = new Label(page, SWT.NONE);
        reasonLabel.setText("Reason:");
        reasonLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        reason = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        reason.setData(Keys.FIELD, "reason");
        GridData size = new GridData(SWT.FILL, SWT.TOP, true, false);
        size.heightHint = 50;
        reason.setLayoutData(size);
        reason.addListener(SWT.Modify, e -> enable());
        new Label(page, SWT.NONE);
        seal = new Button(page, SWT.PUSH);
        seal.setText(SEAL);
        seal.addListener(SWT.Selection, e -> seal());
        sealed = new Label(page, SWT.WRAP);
        sealed.setData(Keys.RESULT, "sealed");
        sealed.setLayoutData(across());
        Label note = new Label(page, SWT.WRAP);
        note.setText("The seed comes from the operating system's secure random source. The list (plan, seed and"
                + " entries) is stored encrypted; only the statistician and the administrator can read it, and"
                + " reading it is audited. Investigators and coordinators learn one subject's arm at a time, when"
                + " they randomize. A new list replaces the study's main list only while nobody has been"
                + " allocated from it.");
        note.setLayoutData(across());
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && !wizard.isSealed()) {
            StudySummary chosen = wizard.study();
            SchemeChoice choice = wizard.choice();
            study.setText(chosen == null ? "" : chosen.acronym() + " (" + chosen.id() + ")");
            scheme.setText(choice == null ? "" : choice.description());
            readLists(chosen);
            enable();
            ((Composite) getControl()).layout(true, true);
        }
        super.setVisible(visible);
    }

    @Override
    public IWizardPage getPreviousPage() {
        return wizard.isSealed() ? null : super.getPreviousPage();
    }

    private void readLists(StudySummary chosen) {
        if (chosen == null) {
            return;
        }
        lists.setText("reading...");
        StudyRandomization desk = new StudyRandomization(wizard.session().studies());
        InBackground.run("Reading the lists of " + chosen.acronym(), getShell().getDisplay(),
                () -> desk.lists(chosen.id()), read -> show(read), failure -> {
                    if (!lists.isDisposed()) {
                        lists.setText(RandomizationWords.refusal(failure));
                    }
                });
    }

    private void show(List<RandomizationAccess.ListSummary> read) {
        if (lists.isDisposed()) {
            return;
        }
        lists.setText(read.isEmpty() ? "none"
                : read.stream().map(RandomizationWords::list).collect(Collectors.joining("\n")));
        ((Composite) getControl()).layout(true, true);
    }

    private void enable() {
        seal.setEnabled(!sealing && !wizard.isSealed() && wizard.diagnosed() && !reason.getText().isBlank());
    }

    private void seal() {
        SchemeChoice choice = wizard.choice();
        StudySummary chosen = wizard.study();
        if (choice == null || chosen == null || reason.getText().isBlank() || sealing) {
            return;
        }
        RandomizationScheme planned = choice.scheme();
        String why = reason.getText().strip();
        sealing = true;
        enable();
        setErrorMessage(null);
        setMessage("Generating and sealing the list...");
        StudyRandomization desk = new StudyRandomization(wizard.session().studies());
        InBackground.run("Sealing the allocation list of " + chosen.acronym(), getShell().getDisplay(),
                () -> desk.plan(chosen.id(), planned, why), list -> {
                    sealing = false;
                    if (getControl().isDisposed()) {
                        return;
                    }
                    wizard.sealed(list);
                    sealed.setText("Sealed: " + RandomizationWords.list(list) + ". Its seed and entries are not shown.");
                    reason.setEnabled(false);
                    enable();
                    setMessage("The list is sealed. Finish closes the wizard.", IMessageProvider.INFORMATION);
                    ((Composite) getControl()).layout(true, true);
                    readLists(chosen);
                }, failure -> {
                    sealing = false;
                    if (getControl().isDisposed()) {
                        return;
                    }
                    setMessage(null);
                    setErrorMessage(RandomizationWords.refusal(failure));
                    enable();
                });
    }

    private static Label fact(Composite page, String name, String key) {
        Label label = new Label(page, SWT.NONE);
        label.setText(name);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Label value = new Label(page, SWT.WRAP);
        value.setData(Keys.RESULT, key);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 560;
        value.setLayoutData(wide);
        return value;
    }

    private static GridData across() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 680;
        return data;
    }
}
