package org.stroma.ui.status;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Shows that background work is running: the name of a running user-visible Job and a busy
 * bar, hidden when nothing runs. Long work (imports, reports, analyses) runs in Jobs, so the
 * window stays responsive and this is where users see it.
 */
public final class JobProgressIndicator {

    private final Set<Job> running = ConcurrentHashMap.newKeySet();
    private Label name;
    private ProgressBar bar;
    private Display display;

    private final IJobChangeListener listener = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (!event.getJob().isSystem()) {
                running.add(event.getJob());
                refresh();
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (running.remove(event.getJob())) {
                refresh();
            }
        }
    };

    @PostConstruct
    void create(Composite parent) {
        display = parent.getDisplay();
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        box.setLayout(layout);
        name = new Label(box, SWT.RIGHT);
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        nameData.widthHint = 220;
        name.setLayoutData(nameData);
        bar = new ProgressBar(box, SWT.INDETERMINATE);
        GridData barData = new GridData(SWT.FILL, SWT.CENTER, false, false);
        barData.widthHint = 120;
        bar.setLayoutData(barData);
        Job.getJobManager().addJobChangeListener(listener);
        show();
    }

    @PreDestroy
    void dispose() {
        Job.getJobManager().removeJobChangeListener(listener);
    }

    private void refresh() {
        if (!display.isDisposed()) {
            display.asyncExec(this::show);
        }
    }

    private void show() {
        if (name == null || name.isDisposed()) {
            return;
        }
        Job first = running.stream().findFirst().orElse(null);
        name.setText(first == null ? "" : first.getName() + (running.size() > 1 ? " (+" + (running.size() - 1) + ")" : ""));
        bar.setVisible(first != null);
    }
}
