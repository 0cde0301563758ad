package org.stroma.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.stroma.analysis.api.AnalysisInputException;
import org.stroma.analysis.study.PreparedInput;
import org.stroma.analysis.study.StudyInput;
import org.stroma.analysis.study.StudyOutcome;
import org.stroma.analysis.study.StudyOutcomes;
import org.stroma.model.study.Arm;
import org.stroma.model.study.VisitDefinition;
import org.stroma.store.StudySummary;
import org.stroma.ui.MessageLine;

/**
 * The data to analyse: the study, one of its outcomes, the visit, the baseline of paired
 * analyses and the arms compared. What the lists offer comes from
 * {@link StudyOutcomes}; the inputs from {@link StudyInput}, as {@code stroma analyze} builds them.
 * A user blinded in the study gets no arms to choose, and is told why.
 */
final class DataChoice {

    static final String BLINDED = "You are blinded in this study: analyses by arm are not available to a blinded "
            + "user. Paired analyses over all subjects are, where the outcome has a baseline visit.";
    private static final String ARMS_HINT = "Analyses by arm compare the arms ticked (two for a two-sample test); "
            + "paired analyses pool all subjects.";

    private final Combo study;
    private final Combo outcome;
    private final Combo visit;
    private final Combo baseline;
    private final Composite arms;
    private final MessageLine armsNote;
    private final Runnable changed;
    private final List<Button> armBoxes = new ArrayList<>();
    private List<StudySummary> summaries = List.of();
    private StudyData shown;
    private List<StudyOutcome> outcomes = List.of();
    private List<VisitDefinition> visits = List.of();
    private List<VisitDefinition> baselines = List.of();

    /**
     * @param studyChosen called with the study chosen, which the part then reads
     * @param changed called whenever what is chosen changes
     */
    DataChoice(Composite parent, Consumer<StudySummary> studyChosen, Runnable changed) {
        this.changed = changed;
        Group group = new Group(parent, SWT.NONE);
        group.setText("Data");
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        study = combo(group, "Study:", "study", 180);
        outcome = combo(group, "Outcome:", "outcome", 380);
        visit = combo(group, "Visit:", "visit", 180);
        baseline = combo(group, "Baseline:", "baseline", 180);
        baseline.setToolTipText("The first visit of paired analyses (change from baseline)");
        new Label(group, SWT.NONE).setText("Arms:");
        arms = new Composite(group, SWT.NONE);
        arms.setLayout(new RowLayout(SWT.HORIZONTAL));
        arms.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        new Label(group, SWT.NONE);
        GridData note = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        note.widthHint = 560;
        armsNote = new MessageLine(group, ARMS_HINT, note);
        armsNote.label().setData(AnalysisPart.MESSAGE_KEY, "arms");
        study.addListener(SWT.Selection, e -> chosenStudy().ifPresent(studyChosen));
        outcome.addListener(SWT.Selection, e -> outcomeChanged());
        visit.addListener(SWT.Selection, e -> visitChanged());
        baseline.addListener(SWT.Selection, e -> changed.run());
        clear();
    }

    private static Combo combo(Composite parent, String label, String name, int width) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(AnalysisPart.FIELD_KEY, name);
        GridData size = new GridData(SWT.FILL, SWT.CENTER, false, false);
        size.widthHint = width;
        combo.setLayoutData(size);
        return combo;
    }

    /** The studies the user may read, by acronym; the one chosen stays chosen if it is still there. */
    void setStudies(List<StudySummary> studies) {
        String kept = chosenStudy().map(StudySummary::id).orElse(null);
        summaries = List.copyOf(studies);
        study.removeAll();
        summaries.forEach(s -> study.add(s.acronym()));
        study.setEnabled(!summaries.isEmpty());
        int index = summaries.stream().map(StudySummary::id).toList().indexOf(kept);
        if (index >= 0) {
            study.select(index);
        } else if (shown != null) {
            clear(); // the study on show is gone
            changed.run();
        }
    }

    Optional<StudySummary> chosenStudy() {
        int index = study.getSelectionIndex();
        return index < 0 || index >= summaries.size() ? Optional.empty() : Optional.of(summaries.get(index));
    }

    /** Empties every choice after the study, e.g. while the chosen study is read. */
    void clear() {
        shown = null;
        outcomes = List.of();
        fill(outcome, List.of(), -1);
        fill(visit, List.of(), -1);
        fill(baseline, List.of(), -1);
        showArms(List.of(), false);
    }

    /** Fills the outcomes, visits, baseline and arms of the study just read. */
    void show(StudyData data) {
        shown = data;
        outcomes = StudyOutcomes.outcomes(data.study());
        fill(outcome, outcomes.stream().map(StudyOutcome::label).toList(), outcomes.isEmpty() ? -1 : 0);
        showArms(data.study().getArms(), data.blinded());
        outcomeChanged();
    }

    private void showArms(List<Arm> studyArms, boolean blinded) {
        armBoxes.forEach(Control::dispose);
        armBoxes.clear();
        if (blinded) {
            armsNote.refuse(BLINDED);
        } else {
            for (Arm arm : studyArms) {
                Button box = new Button(arms, SWT.CHECK);
                box.setText(StudyInput.armName(arm));
                box.setSelection(true);
                box.setData(AnalysisPart.FIELD_KEY, "arm:" + arm.getCode());
                box.setData(arm);
                box.addListener(SWT.Selection, e -> changed.run());
                armBoxes.add(box);
            }
            armsNote.clear();
        }
        arms.getParent().layout(true, true);
    }

    private void outcomeChanged() {
        Optional<StudyOutcome> chosen = chosenOutcome();
        visits = chosen.map(o -> StudyOutcomes.visits(shown.study(), o)).orElse(List.of());
        int at = chosen.map(o -> visits.indexOf(o.timePoint())).orElse(-1);
        fill(visit, visits.stream().map(DataChoice::label).toList(), at >= 0 ? at : visits.isEmpty() ? -1 : 0);
        visitChanged();
    }

    private void visitChanged() {
        Optional<StudyOutcome> chosenOutcome = chosenOutcome();
        Optional<VisitDefinition> chosenVisit = chosenVisit();
        baselines = chosenVisit.isEmpty() ? List.of() : visits.stream()
                .filter(v -> v.getTargetDay() < chosenVisit.get().getTargetDay()).toList();
        VisitDefinition usual = chosenOutcome.flatMap(o -> StudyOutcomes.baseline(shown.study(), o)).orElse(null);
        int index = baselines.indexOf(usual);
        fill(baseline, baselines.stream().map(DataChoice::label).toList(),
                index >= 0 ? index : baselines.size() - 1);
        if (baselines.isEmpty() && chosenVisit.isPresent()) {
            baseline.add("none before this visit");
            baseline.select(0);
            baseline.setEnabled(false);
        }
        changed.run();
    }

    private static void fill(Combo combo, List<String> items, int selected) {
        combo.removeAll();
        items.forEach(combo::add);
        if (selected >= 0) combo.select(selected);
        combo.setEnabled(!items.isEmpty());
    }

    /** "6 months (M6)". */
    static String label(VisitDefinition visit) {
        return StudyOutcomes.name(visit) + " (" + visit.getCode() + ")";
    }

    private Optional<StudyOutcome> chosenOutcome() {
        return chosen(outcome, outcomes);
    }

    private Optional<VisitDefinition> chosenVisit() {
        return chosen(visit, visits);
    }

    private static <T> Optional<T> chosen(Combo combo, List<T> items) {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= items.size() ? Optional.empty() : Optional.of(items.get(index));
    }

    /** The inputs of what is chosen now; the source lines name the study, outcome, visits and user. */
    PreparedData prepare(String userName) {
        Optional<StudyOutcome> chosenOutcome = chosenOutcome();
        Optional<VisitDefinition> chosenVisit = chosenVisit();
        if (shown == null || chosenOutcome.isEmpty() || chosenVisit.isEmpty()) {
            return PreparedData.none(shown == null ? "Choose a study." : "Choose an outcome and a visit.");
        }
        StudyOutcome o = chosenOutcome.get();
        VisitDefinition at = chosenVisit.get();
        Map<String, String> source = new LinkedHashMap<>();
        source.put("study", shown.study().getId());
        source.put("outcome", o.label() + " (" + o.instrumentId() + " " + o.scoreCode() + ")");
        source.put("signed in", userName);
        PreparedInput groups = null;
        String groupsProblem = null;
        List<Arm> ticked = armBoxes.stream().filter(Button::getSelection).map(b -> (Arm) b.getData()).toList();
        if (shown.blinded()) {
            groupsProblem = "analyses by arm are not available to a blinded user.";
        } else if (ticked.isEmpty()) {
            groupsProblem = "tick at least one arm.";
        } else {
            Map<String, String> byArm = new LinkedHashMap<>(source);
            byArm.put("visit", at.getCode() + " (" + StudyOutcomes.name(at) + ")");
            try {
                groups = StudyInput.groups(shown.study(), o, at, ticked, byArm);
            } catch (AnalysisInputException e) {
                groupsProblem = e.getMessage();
            }
        }
        PreparedInput pairs = null;
        String pairsProblem = null;
        Optional<VisitDefinition> first = chosen(baseline, baselines);
        if (first.isEmpty()) {
            pairsProblem = "no visit before " + StudyOutcomes.name(at) + " records " + o.instrumentId() + ".";
        } else {
            Map<String, String> paired = new LinkedHashMap<>(source);
            paired.put("baseline", first.get().getCode() + " (" + StudyOutcomes.name(first.get()) + ")");
            paired.put("visit", at.getCode() + " (" + StudyOutcomes.name(at) + ")");
            try {
                pairs = StudyInput.pairs(shown.study(), o, first.get(), at, paired);
            } catch (AnalysisInputException e) {
                pairsProblem = e.getMessage();
            }
        }
        return new PreparedData(groups, pairs, groupsProblem, pairsProblem);
    }

    /** The id of the study the data come from, or empty. */
    Optional<String> studyId() {
        return Optional.ofNullable(shown).map(data -> data.study().getId());
    }

    void focus() {
        study.setFocus();
    }
}
