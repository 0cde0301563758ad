package org.stroma.ui.study;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.stroma.model.study.VisitDefinition;
import org.stroma.ui.MessageLine;

/**
 * The "Visit schedule" tab: each visit's code, name, target day and window. Name, target day
 * and window can be changed in place; what does not fit the schedule is refused, with the
 * reason in the line under the table.
 */
final class VisitScheduleTab {

    static final String HINT = "Click a visit's name, target day or window to change it. Days count from "
            + "baseline (day 0).";

    private final DesignEdits edits;
    private final MessageLine message;
    private final TableViewer viewer;

    VisitScheduleTab(CTabFolder folder, DesignEdits edits) {
        this.edits = edits;
        Composite page = DesignTables.page(folder, "Visit schedule", 1);
        viewer = DesignTables.viewer(page, true, edits, DesignTables::itself);
        message = DesignTables.messageLine(page, HINT);
        DesignTables.column(viewer, "Code", 70, VisitDefinition.class, VisitDefinition::getCode);
        editable("Name", 200, VisitDefinition::getName, (visit, typed) -> VisitScheduleRules.name(typed),
                VisitDefinition::setName);
        editable("Target day", 90, v -> Integer.toString(v.getTargetDay()), VisitScheduleRules::targetDay,
                VisitDefinition::setTargetDay);
        editable("Window before (days)", 170, v -> Integer.toString(v.getWindowBeforeDays()),
                VisitScheduleRules::windowBefore, VisitDefinition::setWindowBeforeDays);
        editable("Window after (days)", 160, v -> Integer.toString(v.getWindowAfterDays()),
                VisitScheduleRules::windowAfter, VisitDefinition::setWindowAfterDays);
        DesignTables.column(viewer, "Visit dates", 130, VisitDefinition.class,
                v -> VisitScheduleRules.VisitWindow.of(v).inWords());
        DesignTables.column(viewer, "Instruments", 360, VisitDefinition.class,
                v -> String.join(", ", v.getInstrumentIds()));
        viewer.setInput(edits.study().getVisitSchedule());
    }

    private <T> void editable(String title, int width, Function<VisitDefinition, String> text,
            BiFunction<VisitDefinition, String, Checked<T>> check,
            BiConsumer<VisitDefinition, T> take) {
        DesignTables.column(viewer, title, width, VisitDefinition.class, text).setEditingSupport(
                new TextCellEditing<>(viewer, VisitDefinition.class, text, (visit, typed) -> {
                    Checked<T> checked = check.apply(visit, typed);
                    if (checked.isAccepted()) {
                        take.accept(visit, checked.value());
                        message.clear();
                        edits.taken(visit);
                    } else {
                        message.refuse(visit.getCode() + " " + title.toLowerCase() + ": " + checked.problem());
                    }
                }));
    }
}
