package org.stroma.ui.subject;

import org.eclipse.swt.widgets.Control;

/** One page (tab) of the subject editor. */
interface SubjectPage {

    /** The page's control, created once. */
    Control control();

    /** Shows the subject as it is now in the session, after loading and after every save. */
    void show();
}
