package org.stroma.ui.workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.stroma.demo.DemoDatabase;
import org.stroma.security.AccessControl;
import org.stroma.security.UserSession;
import org.stroma.store.DatabaseKey;
import org.stroma.store.StoreException;
import org.stroma.store.StudyDatabase;
import org.stroma.store.StudyStore;
import org.stroma.ui.InBackground;
import org.stroma.ui.OpenedWorkspace;
import org.stroma.ui.Refusals;
import org.stroma.ui.UiTopics;
import org.stroma.ui.WorkspaceSession;

/**
 * Who is at the workbench: opens the workspace's study database with the key the user types,
 * signs the user in, and puts the {@link WorkspaceSession} (and its {@link UserSession}) into
 * the application context, where parts find it; locks the workbench after the idle time and
 * unlocks it with the same user's password; signs out. Database work runs in Jobs, one at a
 * time under one scheduling rule, so a sign-in waits for the demo database being made.
 */
public final class WorkspaceSignIn {

    static final String DEMO_HINT = "Demo database: key " + DemoDatabase.KEY + ", users in README";

    /** Orders the Jobs that make, open and sign in to the database. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final Path folder;
    private final StudyStore store;
    private final AccessControl control;
    private final IEclipseContext context;
    private final IEventBroker events;
    private final Display display;
    private final Supplier<Shell> window;
    private final IdleLock idle;
    private final WorkbenchCover cover = new WorkbenchCover();

    private volatile StudyDatabase database;
    private volatile String demoFailure;
    private boolean created;
    private WorkspaceSession current;
    private SignInDialog dialog;

    WorkspaceSignIn(Path folder, StudyStore store, AccessControl control, IEclipseContext context,
            IEventBroker events, Display display, Supplier<Shell> window) {
        this.folder = folder;
        this.store = store;
        this.control = control;
        this.context = context;
        this.events = events;
        this.display = display;
        this.window = window;
        Duration standard = control.policy().idleTimeout();
        this.idle = new IdleLock(display, standard, this::lock);
    }

    /** At start: makes the demo database in a new workspace, then asks the user to sign in. */
    void start() {
        created = !store.exists(folder);
        if (created) {
            events.post(UiTopics.STATUS, "Making the demo database in " + folder + "...");
            Job job = Job.create("Making the demo database", monitor -> {
                try (StudyDatabase made = store.open(folder, DemoDatabase.key())) {
                    DemoDatabase.fill(made, control);
                    events.post(UiTopics.STATUS, "New study database with the demo studies; sign in to open it");
                } catch (RuntimeException e) {
                    demoFailure = Refusals.message(e);
                    events.post(UiTopics.STATUS, "Cannot make the demo database: " + demoFailure);
                    return Status.error("Cannot make the demo database in " + folder, e);
                }
                return Status.OK_STATUS;
            });
            job.setRule(ONE_AT_A_TIME);
            job.setPriority(Job.SHORT);
            job.schedule();
        } else {
            events.post(UiTopics.STATUS, "Sign in to open the study database");
        }
        display.asyncExec(this::askToSignIn);
    }

    /** The user signed in now, or null. */
    WorkspaceSession current() {
        return current;
    }

    private void askToSignIn() {
        if (display.isDisposed() || current != null || dialog != null) {
            return;
        }
        boolean open = database != null;
        dialog = new SignInDialog(window.get(), open ? SignInDialog.Mode.SIGN_IN : SignInDialog.Mode.OPEN_AND_SIGN_IN,
                folder.toString(), created ? DEMO_HINT : "", null, new SignInDialog.Owner() {
                    @Override
                    public void signIn(SignInDialog asking, String userName, char[] password, String key) {
                        openAndSignIn(asking, userName, password, key);
                    }

                    @Override
                    public void exit() {
                        exitWorkbench();
                    }
                });
        dialog.open();
    }

    private void openAndSignIn(SignInDialog asking, String userName, char[] password, String key) {
        InBackground.run("Signing in " + userName, display, ONE_AT_A_TIME, () -> {
            try {
                StudyDatabase opened = database;
                if (opened == null) {
                    opened = open(key);
                }
                return new WorkspaceSession(opened, control.signIn(opened, userName, password), control);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, session -> {
            dialog = null;
            asking.succeeded();
            signedIn(session);
        }, failure -> {
            if (database != null) {
                asking.keyAccepted();
            }
            asking.refused(Refusals.message(failure));
        });
    }

    /** Opens the database with the typed key; runs in the sign-in Job. */
    private StudyDatabase open(String key) {
        if (!store.exists(folder)) {
            throw new StoreException("There is no study database in " + folder
                    + (demoFailure == null ? "" : ": the demo database could not be made (" + demoFailure + ")"));
        }
        StudyDatabase opened = store.open(folder, DatabaseKey.of(key));
        database = opened;
        display.asyncExec(() -> context.set(OpenedWorkspace.class, new OpenedWorkspace(opened, created)));
        return opened;
    }

    private void signedIn(WorkspaceSession session) {
        current = session;
        context.set(UserSession.class, session.user());
        context.set(WorkspaceSession.class, session);
        events.post(UiTopics.STATUS, "Welcome, " + session.user().fullName());
        idle.start();
    }

    /** After the idle time: covers the workbench and asks the same user's password. */
    private void lock() {
        WorkspaceSession locked = current;
        if (locked == null || dialog != null || display.isDisposed()) {
            return;
        }
        Shell shell = window.get();
        cover.cover(shell);
        dialog = new SignInDialog(shell, SignInDialog.Mode.LOCKED, folder.toString(), "",
                locked.user().userName(), new SignInDialog.Owner() {
                    @Override
                    public void signIn(SignInDialog asking, String userName, char[] password, String key) {
                        unlock(asking, locked, password);
                    }

                    @Override
                    public void exit() {
                        exitWorkbench();
                    }
                });
        dialog.open();
    }

    private void unlock(SignInDialog asking, WorkspaceSession locked, char[] password) {
        InBackground.run("Unlocking the workbench", display, ONE_AT_A_TIME, () -> {
            try {
                control.confirmPassword(locked.database(), locked.user(), password);
                return locked;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, session -> {
            dialog = null;
            asking.succeeded();
            cover.uncover();
            events.post(UiTopics.STATUS, "Unlocked");
            idle.start();
        }, failure -> asking.refused(Refusals.message(failure)));
    }

    /**
     * Ends the session: recorded in the audit trail, taken out of the context (parts empty
     * themselves), and the sign-in dialog shown again. The caller closes the editors first.
     */
    public void signOut() {
        WorkspaceSession leaving = current;
        if (leaving == null) {
            return;
        }
        idle.stop();
        current = null;
        context.remove(WorkspaceSession.class);
        context.remove(UserSession.class);
        events.post(UiTopics.STATUS, leaving.user().fullName() + " signed out");
        Job job = Job.create("Signing out " + leaving.user().userName(), monitor -> {
            control.signOut(leaving.database(), leaving.user(), "signed out");
            return Status.OK_STATUS;
        });
        job.setRule(ONE_AT_A_TIME);
        job.setSystem(true);
        job.schedule();
        askToSignIn();
    }

    /** At shutdown: records the end of the session and closes the database. */
    void close() {
        idle.stop();
        WorkspaceSession leaving = current;
        current = null;
        StudyDatabase opened = database;
        database = null;
        if (opened == null) {
            return;
        }
        try {
            if (leaving != null) {
                control.signOut(opened, leaving.user(), "workbench closed");
            }
        } catch (RuntimeException e) {
            System.err.println("stroma: cannot record the sign-out: " + e.getMessage());
        } finally {
            opened.close();
        }
    }

    private void exitWorkbench() {
        IWorkbench workbench = context.get(IWorkbench.class);
        if (workbench != null) {
            workbench.close();
        } else {
            window.get().close();
        }
    }
}
