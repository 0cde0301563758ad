package org.stroma.ui.study;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/**
 * Typing into one column of a design table. The tab that owns the column judges what was
 * typed and takes it into the study, or refuses it; the table then shows the study's value.
 */
final class TextCellEditing<T> extends EditingSupport {

    private final Class<T> type;
    private final Function<T, String> text;
    private final BiConsumer<T, String> typed;
    private final TextCellEditor editor;

    /**
     * @param text  the cell's text as the editor opens
     * @param typed judges and takes (or refuses) what was typed into a row's cell
     */
    TextCellEditing(TableViewer viewer, Class<T> type, Function<T, String> text, BiConsumer<T, String> typed) {
        super(viewer);
        this.type = type;
        this.text = text;
        this.typed = typed;
        this.editor = new TextCellEditor(viewer.getTable());
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return type.isInstance(element);
    }

    @Override
    protected Object getValue(Object element) {
        String shown = text.apply(type.cast(element));
        return shown == null ? "" : shown;
    }

    @Override
    protected void setValue(Object element, Object value) {
        typed.accept(type.cast(element), String.valueOf(value));
        getViewer().refresh();
    }
}
