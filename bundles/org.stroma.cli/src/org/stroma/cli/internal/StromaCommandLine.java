package org.stroma.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.stroma.cli.CommandDispatcher;
import org.stroma.cli.CommandIo;

/** The headless Equinox application behind {@code stroma <command>}. */
public final class StromaCommandLine implements IApplication {

    private static final long SERVICE_TIMEOUT_MS = 30_000;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<CommandDispatcher, CommandDispatcher> tracker =
                new ServiceTracker<>(bundleContext, CommandDispatcher.class, null);
        tracker.open();
        try {
            CommandDispatcher dispatcher = tracker.waitForService(SERVICE_TIMEOUT_MS);
            if (dispatcher == null) {
                System.err.println("stroma: the command service did not start; see the log in the configuration folder");
                return 1;
            }
            List<String> arguments = Arrays.asList(args);
            int exit = dispatcher.run(arguments, new CommandIo(System.out, System.err));
            System.out.flush();
            return exit;
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // Commands are short-lived and run to completion; there is nothing to interrupt.
    }
}
