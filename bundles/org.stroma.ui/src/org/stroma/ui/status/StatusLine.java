package org.stroma.ui.status;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the window: the latest message (anyone may post to
 * {@link UiTopics#STATUS}) and, always in view, who is signed in and the workspace whose study
 * database is open.
 */
public final class StatusLine {

    private Label text;
    private Label workspace;
    private Label user;
    private OpenedWorkspace opened;
    private WorkspaceSession session;

    @PostConstruct
    void create(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        text = new Label(box, SWT.NONE);
        text.setData("org.eclipse.e4.ui.css.id", "org-stroma-ui-status-line");
        text.setText("Ready");
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        text.setLayoutData(data);
        user = new Label(box, SWT.NONE);
        GridData middle = new GridData(SWT.FILL, SWT.CENTER, true, false);
        middle.widthHint = 300;
        user.setLayoutData(middle);
        workspace = new Label(box, SWT.NONE);
        GridData right = new GridData(SWT.FILL, SWT.CENTER, true, false);
        right.widthHint = 340;
        workspace.setLayoutData(right);
        showWorkspace();
        showUser();
    }

    /** Injected when a user signs in, and with null when the user signs out. */
    @Inject
    @Optional
    void signedIn(WorkspaceSession signedIn) {
        this.session = signedIn;
        showUser();
    }

    private void showUser() {
        if (user != null && !user.isDisposed()) {
            user.setText(session == null ? "Not signed in" : session.signedInAs());
            user.getParent().layout();
        }
    }

    /** Injected before {@link #create} when the database is open already, or later when it opens. */
    @Inject
    @Optional
    void workspaceOpened(OpenedWorkspace opened) {
        this.opened = opened;
        showWorkspace();
    }

    private void showWorkspace() {
        if (opened != null && workspace != null && !workspace.isDisposed()) {
            workspace.setText("Workspace " + opened.database().folder());
            workspace.setToolTipText(workspace.getText());
        }
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
