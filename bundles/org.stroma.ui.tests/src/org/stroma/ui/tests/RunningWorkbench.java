package org.stroma.ui.tests;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The workbench the test harness started, reached through its IWorkbench service. */
final class RunningWorkbench {

    private final MWindow window;

    private RunningWorkbench(MWindow window) {
        this.window = window;
    }

    static RunningWorkbench find() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
        ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
        tracker.open();
        try {
            IWorkbench workbench = tracker.waitForService(30_000);
            if (workbench == null) {
                throw new AssertionError("no IWorkbench service: the workbench did not start");
            }
            MApplication application = workbench.getApplication();
            return new RunningWorkbench(application.getChildren().get(0));
        } finally {
            tracker.close();
        }
    }

    MWindow window() {
        return window;
    }

    Shell shell() {
        return (Shell) window.getWidget();
    }

    EPartService parts() {
        return window.getContext().get(EPartService.class);
    }

    MPart part(String id) {
        MPart part = parts().findPart(id);
        if (part == null) {
            throw new AssertionError("no part " + id);
        }
        return part;
    }

    /** The SWT composite a part draws into. */
    Composite partControl(String id) {
        return (Composite) part(id).getWidget();
    }
}
