package org.stroma.store.internal;

import java.util.List;

import org.stroma.store.ChangeContext;
import org.stroma.store.StoreException;

/** The rule that data entered before is changed or deleted only with a reason for change. */
final class ReasonForChange {

    private ReasonForChange() {
    }

    /** @throws StoreException naming the first change that needs a reason, when {@code change} gives none */
    static void require(List<RecordChange> changes, ChangeContext change) {
        if (!change.reason().isEmpty()) {
            return;
        }
        for (RecordChange c : changes) {
            if (c.altersEnteredData()) {
                throw new StoreException("a reason for change is required: " + c.type() + " " + c.objectId()
                        + (c.field().isEmpty() ? " is deleted" : " field '" + c.field() + "' changes from '"
                                + c.oldValue() + "' to '" + c.newValue() + "'")
                        + "; nothing was saved");
            }
        }
    }
}
