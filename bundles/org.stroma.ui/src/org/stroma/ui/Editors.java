package org.stroma.ui;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens editors in the editor stack: one editor per record, found again by the keys it was
 * opened with, so opening a record twice shows the editor already open.
 */
public final class Editors {

    public static final String EDITOR_STACK_ID = "org.stroma.ui.partstack.editors";
    private static final String EDITOR_TAG = "Editor";

    private Editors() {
    }

    /**
     * @param descriptorId the editor's part descriptor
     * @param keys         what identifies the record, kept in the part's persisted state
     */
    public static MPart open(EPartService parts, EModelService models, MWindow window, String descriptorId,
            Map<String, String> keys, String label, String tooltip) {
        MPart part = parts.getParts().stream()
                .filter(p -> descriptorId.equals(p.getElementId())
                        && keys.entrySet().stream().allMatch(k -> k.getValue().equals(p.getPersistedState().get(k.getKey()))))
                .findFirst()
                .orElseGet(() -> {
                    MPart created = parts.createPart(descriptorId);
                    created.getPersistedState().putAll(keys);
                    created.setLabel(label);
                    created.setTooltip(tooltip);
                    // Placed explicitly: editors always go to the editor stack, whatever is active.
                    MPartStack editors = (MPartStack) models.find(EDITOR_STACK_ID, window);
                    editors.getChildren().add(created);
                    return created;
                });
        return parts.showPart(part, PartState.ACTIVATE);
    }

    /** Closes every editor, unsaved changes or not (the caller asked to save them first). */
    public static void closeAll(EPartService parts) {
        List<MPart> editors = parts.getParts().stream()
                .filter(p -> p.getTags().contains(EDITOR_TAG)
                        || p.getParent() != null && EDITOR_STACK_ID.equals(p.getParent().getElementId()))
                .toList();
        for (MPart editor : editors) {
            editor.setDirty(false);
            parts.hidePart(editor, true);
        }
    }
}
