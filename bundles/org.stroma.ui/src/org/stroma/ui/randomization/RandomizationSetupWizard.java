package org.stroma.ui.randomization;

import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;
import org.stroma.model.study.Study;
import org.stroma.security.RandomizationAccess;
import org.stroma.store.StudySummary;
import org.stroma.ui.WorkspaceSession;

/**
 * Study &gt; Randomization Setup...: the statistician chooses a scheme for a study's arms, sees it
 * simulated beside other schemes, and generates the study's sealed main list. What was chosen on
 * each page is kept here for the next; a list sealed ends the wizard (Finish closes it).
 */
public final class RandomizationSetupWizard extends Wizard {

    /** The wizard's window title. */
    public static final String TITLE = "Randomization Setup";

    private final WorkspaceSession session;
    private final String firstStudyId;
    private final Consumer<String> status;
    private final SchemePage schemePage;
    private final DiagnosticsPage diagnosticsPage;
    private final SealPage sealPage;

    private StudySummary study;
    private Study design;
    private SchemeChoice choice;
    private RandomizationAccess.ListSummary sealed;

    /**
     * @param firstStudyId the study to start with (the one selected in the explorer), or null
     * @param status       told what was done, for the status line
     */
    public RandomizationSetupWizard(WorkspaceSession session, String firstStudyId, Consumer<String> status) {
        this.session = session;
        this.firstStudyId = firstStudyId;
        this.status = status;
        setWindowTitle(TITLE);
        setHelpAvailable(false);
        schemePage = new SchemePage(this);
        diagnosticsPage = new DiagnosticsPage(this);
        sealPage = new SealPage(this);
    }

    @Override
    public void addPages() {
        addPage(schemePage);
        addPage(diagnosticsPage);
        addPage(sealPage);
    }

    WorkspaceSession session() {
        return session;
    }

    String firstStudyId() {
        return firstStudyId;
    }

    StudySummary study() {
        return study;
    }

    Study design() {
        return design;
    }

    /** The scheme chosen on the first page, or null while the choice is incomplete or wrong. */
    SchemeChoice choice() {
        return choice;
    }

    /** The first page read a study's design (or none was read yet: null). */
    void designRead(StudySummary study, Study design) {
        this.study = study;
        this.design = design;
    }

    /** The first page's choice changed: diagnostics run for another choice no longer count. */
    void chose(SchemeChoice choice) {
        this.choice = choice;
        diagnosticsPage.choiceChanged();
    }

    /** Whether the diagnostics page shows the simulation of the scheme chosen now. */
    boolean diagnosed() {
        return diagnosticsPage.shows(choice);
    }

    void sealed(RandomizationAccess.ListSummary list) {
        sealed = list;
        status.accept("Sealed the main allocation list of " + study.acronym() + ": " + list.description());
        getContainer().updateButtons();
    }

    boolean isSealed() {
        return sealed != null;
    }

    @Override
    public boolean canFinish() {
        return sealed != null;
    }

    @Override
    public boolean performFinish() {
        return true;
    }

    @Override
    public boolean performCancel() {
        diagnosticsPage.cancelRun();
        return true;
    }
}
