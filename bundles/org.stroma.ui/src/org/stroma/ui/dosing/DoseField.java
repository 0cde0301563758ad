package org.stroma.ui.dosing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of the Cell Dose Calculator, each with the request record components it answers for,
 * so a refusal by the dosing bundle is shown beside the field the user typed it in.
 */
enum DoseField {
    DOSE("dose", "Dose", "", "cells per mL of fat, e.g. 5 x 10^5 cells/mL", "dose"),
    GRAFT_VOLUME("graftVolume", "Graft volume", "", "fat grafted, e.g. 20 mL", "graftVolume"),
    VIABILITY("viability", "Viability", "100", "% of the cells viable at the count", "viabilityPercent",
            "countedViabilityPercent"),
    LOSSES("losses", "Processing losses", "0", "% of cells lost between count and graft (washing, dead space)",
            "processingLossPercent"),
    COUNTED_CELLS("countedCells", "Counted cells", "", "total cells counted in the product, e.g. 1.3e7",
            "countedCells"),
    TOLERANCE("tolerance", "Tolerance", "", "% accepted either side of the target, e.g. 10", "tolerancePercent");

    private final String key;
    private final String label;
    private final String initial;
    private final String hint;
    private final List<String> requestFields;

    DoseField(String key, String label, String initial, String hint, String... requestFields) {
        this.key = key;
        this.label = label;
        this.initial = initial;
        this.hint = hint;
        this.requestFields = List.of(requestFields);
    }

    /** Names the field's widgets for tests and readers ({@code stroma.field}). */
    String key() {
        return key;
    }

    String label() {
        return label;
    }

    /** What the field holds when the calculator opens: the assumption made visible, or nothing. */
    String initial() {
        return initial;
    }

    /** Shown beside the field while nothing is wrong with it. */
    String hint() {
        return hint;
    }

    /** The field that a refusal naming {@code requestField} (or a field's own key) belongs to. */
    static Optional<DoseField> blamed(String requestField) {
        return Arrays.stream(values())
                .filter(f -> f.key.equals(requestField) || f.requestFields.contains(requestField)).findFirst();
    }
}
