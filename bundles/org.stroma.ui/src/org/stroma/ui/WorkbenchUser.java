package org.stroma.ui;

/**
 * The user the workbench records as the author of changes: the operating-system account
 * until users sign in to the study database.
 */
public final class WorkbenchUser {

    private WorkbenchUser() {
    }

    public static String name() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() ? "unknown" : name;
    }
}
