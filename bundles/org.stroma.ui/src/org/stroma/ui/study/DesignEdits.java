package org.stroma.ui.study;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.stroma.model.study.Identified;
import org.stroma.model.study.Study;

/**
 * What the tabs of a design editor share: the study being edited, the editor's account of
 * edits taken and input refused, and the record the user selected (which the Audit History
 * follows). A field left with refused input blocks saving until it is corrected, so what is
 * saved is always what the fields show.
 */
final class DesignEdits {

    private final Study study;
    private final Runnable changed;
    private final Consumer<Identified> selected;
    private final Map<Object, String> refused = new LinkedHashMap<>();

    /**
     * @param study   the study the tabs edit
     * @param changed  run after every edit taken or refused, to update the dirty flag and header
     * @param selected told which record the user selected in a tab
     */
    DesignEdits(Study study, Runnable changed, Consumer<Identified> selected) {
        this.study = study;
        this.changed = changed;
        this.selected = selected;
    }

    Study study() {
        return study;
    }

    /** The input of {@code field} was taken into the study (or matches it again). */
    void taken(Object field) {
        refused.remove(field);
        changed.run();
    }

    /** The input of {@code field} was refused; the study keeps its value. */
    void refused(Object field, String problem) {
        refused.put(field, problem);
        changed.run();
    }

    /** The user selected {@code record} in a tab. */
    void select(Identified record) {
        selected.accept(record);
    }

    /** The first field still showing refused input, with its problem. */
    Optional<String> firstRefusal() {
        return refused.values().stream().findFirst();
    }
}
