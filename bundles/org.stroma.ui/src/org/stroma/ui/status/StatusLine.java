package org.stroma.ui.status;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.ui.UiTopics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The status line at the bottom of the window; anyone may post to {@link UiTopics#STATUS}. */
public final class StatusLine {

    private Label text;

    @PostConstruct
    void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        text = new Label(box, SWT.NONE);
        text.setData("org.eclipse.e4.ui.css.id", "org-stroma-ui-status-line");
        text.setText("Ready");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 700;
        text.setLayoutData(data);
    }

    @Inject
    @Optional
    void show(@UIEventTopic(UiTopics.STATUS) String message) {
        if (text != null && !text.isDisposed()) {
            text.setText(message == null ? "" : message);
            text.setToolTipText(message);
        }
    }
}
