package org.stroma.ui.analysis;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.stroma.analysis.api.Analysis;
import org.stroma.analysis.api.LiteratureReference;
import org.stroma.analysis.api.SettingsSchema;

/**
 * The analysis to run: the installed analyses that accept the chosen data (name and version),
 * what the chosen one computes and the literature it follows, and its generated settings form.
 * The choice is kept, by id, while the data changes and the analysis still fits.
 */
final class AnalysisChoice {

    private final Group group;
    private final Combo combo;
    private final Label about;
    private final Runnable changed;
    private List<Analysis<?>> offered = List.of();
    private SettingsForm form;

    AnalysisChoice(Composite parent, Runnable changed) {
        this.changed = changed;
        group = new Group(parent, SWT.NONE);
        group.setText("Analysis");
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(group, SWT.NONE).setText("Analysis:");
        combo = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(AnalysisPart.FIELD_KEY, "analysis");
        GridData wide = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        wide.widthHint = 420;
        combo.setLayoutData(wide);
        combo.addListener(SWT.Selection, e -> chosenChanged());
        about = new Label(group, SWT.WRAP);
        about.setData(AnalysisPart.RESULT_KEY, "about");
        GridData text = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        text.widthHint = 600;
        about.setLayoutData(text);
        show(Optional.empty());
    }

    /** Offers these analyses, keeping the one chosen if it is among them. */
    void offer(List<Analysis<?>> analyses) {
        String kept = chosen().map(Analysis::id).orElse(null);
        offered = List.copyOf(analyses);
        combo.removeAll();
        offered.forEach(analysis -> combo.add(label(analysis)));
        int index = kept == null ? -1 : offered.stream().map(Analysis::id).toList().indexOf(kept);
        combo.setEnabled(!offered.isEmpty());
        if (index >= 0) {
            combo.select(index); // same analysis, same settings as typed
        } else {
            show(Optional.empty());
        }
    }

    /** "One-way ANOVA with Tukey HSD (version 1)". */
    static String label(Analysis<?> analysis) {
        return analysis.name() + " (version " + analysis.version() + ")";
    }

    Optional<Analysis<?>> chosen() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= offered.size() ? Optional.empty() : Optional.<Analysis<?>>of(offered.get(index));
    }

    /** The settings of the form, or empty while no analysis is chosen or a setting is refused. */
    Optional<Record> settings() {
        return form == null ? Optional.empty() : form.settings();
    }

    private void chosenChanged() {
        show(chosen());
        changed.run();
    }

    private void show(Optional<Analysis<?>> analysis) {
        if (form != null) {
            form.dispose();
            form = null;
        }
        if (analysis.isEmpty()) {
            about.setText(offered.isEmpty() ? "No analysis to choose yet." : "Choose one of the " + offered.size()
                    + " analyses that accept this data.");
        } else {
            Analysis<?> chosen = analysis.get();
            about.setText(chosen.description() + "\n" + chosen.id() + " version " + chosen.version() + ". "
                    + references(chosen.references()));
            form = new SettingsForm(group, SettingsSchema.of(chosen.settingsType()), changed);
        }
        group.getParent().layout(true, true);
    }

    private static String references(List<LiteratureReference> references) {
        if (references.isEmpty()) return "";
        return "References: " + references.stream()
                .map(r -> r.citation() + (r.doi().isEmpty() ? "" : " doi:" + r.doi()))
                .collect(Collectors.joining(" "));
    }

    void focus() {
        combo.setFocus();
    }
}
